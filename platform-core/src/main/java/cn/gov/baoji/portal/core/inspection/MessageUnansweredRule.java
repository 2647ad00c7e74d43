package cn.gov.baoji.portal.core.inspection;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.message.MessageDeadlines;

/** 留言超过三个月未答复 (单项否决): the message board's red flags. */
@ApplicationScoped
class MessageUnansweredRule implements InspectionRule {

    private final MessageDeadlines deadlines;

    MessageUnansweredRule(MessageDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public String code() {
        return "MESSAGE_UNANSWERED_3M";
    }

    @Override
    public String name() {
        return "留言超过三个月未答复";
    }

    @Override
    public Severity severity() {
        return Severity.VETO;
    }

    @Override
    public RuleResult check(InspectedCounty county) {
        return RuleResult.of(deadlines.redFlags().stream()
                .map(m -> new Finding("message:" + m.id(), Severity.VETO, "留言“" + m.title() + "”",
                        m.receivedAt().toLocalDate() + " 收到，超过 " + MessageDeadlines.RED_FLAG_MONTHS
                                + " 个月仍未答复（已超期 " + m.workingDaysOverdue() + " 个工作日）",
                        null, "/admin/messages/" + m.id(), m.departmentName(),
                        "立即督办，当天答复留言人；超过三个月未答复的留言会导致网站检查单项否决。"))
                .toList());
    }
}
