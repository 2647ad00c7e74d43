package cn.gov.baoji.portal.core.survey;

/** The bounds of a survey, the same for the editor, the answer check and the forms' maxlength. */
public final class SurveyLimits {

    public static final int TITLE = 200;
    public static final int INTRO = 2000;
    public static final int QUESTIONS = 50;
    public static final int QUESTION_TITLE = 300;
    public static final int OPTIONS = 20;
    public static final int OPTION_LABEL = 200;
    /** Characters of a free-text answer. */
    public static final int ANSWER_TEXT = 1000;

    private SurveyLimits() {
    }
}
