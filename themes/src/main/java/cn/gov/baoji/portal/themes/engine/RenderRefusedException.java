package cn.gov.baoji.portal.themes.engine;

import cn.gov.baoji.portal.core.error.PortalException;

/**
 * A page template that cannot be shown: it passed a bound of its render (time, size, work, include
 * depth) or asked for something the page engine does not offer. The message says which, in words
 * a webmaster can act on.
 */
public class RenderRefusedException extends PortalException {

    public RenderRefusedException(String userMessage) {
        super("template-refused", userMessage);
    }

    @Override
    public int status() {
        return 422;
    }
}
