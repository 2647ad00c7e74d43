package cn.gov.baoji.portal.core.interview;

/** A citizen's question as sent: the question and an optional nickname to show with it. */
public record QuestionInput(String content, String nickname) {
}
