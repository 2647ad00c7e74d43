package cn.gov.baoji.portal.core.report;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Settings of the annual report. */
@ConfigMapping(prefix = "portal.report")
public interface ReportConfig {

    /**
     * The Chinese font embedded in PDFs (a .ttf, or a .ttc whose first font is used); unset: the
     * first of the usual Debian font files that exists (fonts-wqy-zenhei, fonts-wqy-microhei, fonts-noto-cjk).
     */
    Optional<String> font();
}
