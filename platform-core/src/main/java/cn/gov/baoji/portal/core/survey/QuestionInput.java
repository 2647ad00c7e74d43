package cn.gov.baoji.portal.core.survey;

import java.util.List;

/**
 * A question as the webmaster writes it.
 *
 * @param kind {@code single}, {@code multiple} or {@code text}
 * @param options the choices in order (ignored for free text)
 */
public record QuestionInput(String kind, String title, boolean required, List<String> options) {
}
