package cn.gov.baoji.portal.admin.survey;

import cn.gov.baoji.portal.core.survey.SurveyView;

/**
 * Renders a survey's public form with the county's theme, as citizens will see it, for the
 * webmaster's preview (nothing can be sent from it). Implemented by the public site (portal-web),
 * which knows how public pages are rendered.
 */
public interface SurveyPreviewer {

    String preview(SurveyView survey);
}
