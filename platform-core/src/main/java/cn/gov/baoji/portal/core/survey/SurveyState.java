package cn.gov.baoji.portal.core.survey;

/** What the webmaster decided: still being built, or published. Whether it is open is a matter of its dates. */
public enum SurveyState {
    DRAFT, PUBLISHED
}
