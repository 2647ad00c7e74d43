package cn.gov.baoji.portal.core.inspection;

import java.util.List;

/** The order rules are run and listed in: single-veto items first, as the national rules list them. */
final class InspectionRules {

    static final List<String> ORDER = List.of("HOME_STALE", "CHANNEL_OVERDUE", "CHANNEL_EMPTY", "MESSAGE_UNANSWERED_3M",
            "MESSAGE_OVERDUE", "GUIDE_ELEMENTS", "BROKEN_LINK", "EXTERNAL_LINK", "FOOTER", "ACCESSIBILITY");

    private InspectionRules() {
    }

    static int order(String code) {
        int i = ORDER.indexOf(code);
        return i < 0 ? ORDER.size() : i;
    }
}
