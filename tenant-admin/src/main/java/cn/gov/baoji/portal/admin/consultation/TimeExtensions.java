package cn.gov.baoji.portal.admin.consultation;

import java.time.OffsetDateTime;

import cn.gov.baoji.portal.core.consultation.Texts;
import io.quarkus.qute.TemplateExtension;

/** Times in back-office templates as the county reads them: {@code {c.submittedAt.shown}} gives 2026-12-31 17:00. */
@TemplateExtension
final class TimeExtensions {

    private TimeExtensions() {
    }

    static String shown(OffsetDateTime time) {
        return Texts.show(time);
    }
}
