package cn.gov.baoji.portal.core.survey;

import java.util.Map;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** Answers with problems at one or more questions: each question's problem, for the form to show beside it. */
public class AnswersRejectedException extends InvalidInputException {

    private final Map<Long, String> byQuestion;

    AnswersRejectedException(Map<Long, String> byQuestion) {
        super("answers", String.join("；", byQuestion.values()));
        this.byQuestion = Map.copyOf(byQuestion);
    }

    /** The problem of each question that has one, by question id. */
    public Map<Long, String> byQuestion() {
        return byQuestion;
    }
}
