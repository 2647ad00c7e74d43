package cn.gov.baoji.portal.core.report;

import cn.gov.baoji.portal.core.error.PortalException;

/** No Chinese font is installed (or the configured one cannot be read): the PDF cannot be made. */
public class ReportFontMissingException extends PortalException {

    public ReportFontMissingException(String userMessage) {
        super("font-missing", userMessage);
    }

    @Override
    public int status() {
        return 503;
    }
}
