package cn.gov.baoji.portal.core.time;

import java.time.ZoneId;

/** The time zone every date a county shows or counts is in: deadlines, publication days, figures. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }
}
