package cn.gov.baoji.portal.core.survey;

import java.util.List;

/**
 * A citizen's answer to one question: the chosen option ids (single or multiple choice) or the
 * text (free text).
 */
public record AnswerInput(Long question, List<Long> options, String text) {
}
