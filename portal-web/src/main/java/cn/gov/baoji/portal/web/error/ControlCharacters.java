package cn.gov.baoji.portal.web.error;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * Refuses control characters in the path and the query before anything reads them: no address
 * needs one, and a NUL byte would otherwise travel into PostgreSQL, which rejects it with a 500.
 * Runs right after the site is known, so the refusal is shown in the site's theme.
 */
public class ControlCharacters {

    @ServerRequestFilter(preMatching = true, priority = 150)
    public void refuseInAddress(ContainerRequestContext request) {
        if (indexIn(request.getUriInfo().getPath(), false) >= 0) {
            throw new InvalidInputException("path", "请求地址中含有不允许的控制字符。");
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            if (indexIn(name, false) >= 0) {
                throw new InvalidInputException("query", "查询参数名中含有不允许的控制字符。");
            }
            for (String value : parameter.getValue()) {
                if (indexIn(value, false) >= 0) {
                    throw new InvalidInputException(name, "参数 " + name + " 中含有不允许的控制字符。");
                }
            }
        }
    }

    /**
     * The first control character in {@code text}: C0 controls and DEL; with {@code multiline} true, tab,
     * line feed and carriage return are allowed, as in the text of a request body.
     *
     * @return its index, or -1
     */
    static int indexIn(String text, boolean multiline) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c == 0x7f) && !(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
                return i;
            }
        }
        return -1;
    }
}
