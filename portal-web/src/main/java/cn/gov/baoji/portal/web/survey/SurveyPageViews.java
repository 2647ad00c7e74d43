package cn.gov.baoji.portal.web.survey;

import java.util.List;

/** The records survey pages give their templates (registered in PublicPageData); no nulls, only text and numbers. */
public final class SurveyPageViews {

    private SurveyPageViews() {
    }

    /**
     * A survey in a list or a page's heading.
     *
     * @param phase {@code not-started}, {@code open} or {@code closed}
     */
    public record SurveyCard(long id, String title, String period, String phase, String phaseLabel, boolean open,
            boolean resultsAvailable, String url, String resultsUrl) {
    }

    /** A page of the survey list. */
    public record SurveyList(List<SurveyCard> items, long total, int page, int pages, boolean hasPrevious,
            boolean hasNext) {
    }

    /**
     * The survey's form, as first shown or again with the problems of a refused answer.
     *
     * @param intro the introduction's paragraphs
     * @param closedMessage why the form is not shown (not started, ended); empty while open
     * @param message a refusal for the whole answer (already answered, closed meanwhile); empty if none
     * @param method {@code post}; {@code get} in the webmaster's preview, whose submit button is disabled
     */
    public record SurveyForm(SurveyCard survey, List<String> intro, boolean preview, boolean showForm,
            String closedMessage, String message, List<QuestionField> questions, List<FieldProblem> problems,
            boolean hasProblems, String method, String csrfName, String csrfToken) {
    }

    /**
     * One question of the form.
     *
     * @param name the form field's name, {@code q<id>}
     * @param inputType {@code radio} or {@code checkbox}; empty for free text
     * @param inputId the id of the text area, or of the first option's input (for the error summary's link)
     */
    public record QuestionField(long id, int number, String title, String kindLabel, boolean text, boolean required,
            String name, String inputType, String inputId, List<OptionField> options, String textValue, int maxLength,
            String problem, boolean hasProblem, String problemId) {
    }

    /** An option of a choice question; {@code checked} keeps the citizen's choice on a form shown again. */
    public record OptionField(long id, String label, String inputId, boolean checked) {
    }

    /** A problem in the summary above the form, linked to its question. */
    public record FieldProblem(String message, String anchor) {
    }

    /** The results page. */
    public record SurveyFigures(SurveyCard survey, long responses, List<QuestionFigures> questions) {
    }

    /**
     * One question's figures; {@code chart} is the JSON the chart script reads (labels, counts, percents).
     */
    public record QuestionFigures(long id, int number, String title, String kindLabel, boolean text, long answered,
            List<OptionFigure> options, String chart, String headingId) {
    }

    /** @param percent with one decimal, e.g. {@code 33.3} */
    public record OptionFigure(String label, long count, String percent) {
    }
}
