package cn.gov.baoji.portal.themes.engine;

import java.time.temporal.TemporalAccessor;

import io.quarkus.qute.Expression;
import io.quarkus.qute.RawString;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.TemplateNode.Origin;

/**
 * Turns every printed value into HTML-escaped text. Templates have no way to switch escaping off:
 * the only unescaped output is a {@link RawString} the application itself put into the page data
 * (the article body, cleaned by the allow-list sanitizer when it was saved). Values that are not
 * plain text, numbers, truth values or dates are not printed at all.
 */
final class EscapingResultMapper implements ResultMapper {

    @Override
    public int getPriority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public boolean appliesTo(Origin origin, Object result) {
        return true;
    }

    @Override
    public String map(Object result, Expression expression) {
        if (result instanceof RawString raw) {
            return raw.getValue();
        }
        if (result instanceof CharSequence || result instanceof Number || result instanceof Boolean
                || result instanceof Character || result instanceof Enum<?> || result instanceof TemporalAccessor) {
            return escape(result.toString());
        }
        throw new RenderRefusedException("模板“" + expression.getOrigin().getTemplateId() + "”第 "
                + expression.getOrigin().getLine() + " 行：“"
                + expression.toOriginalString() + "”不是可以显示的文字");
    }

    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
