package cn.gov.baoji.portal.core.inspection;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.message.MessageDeadlines;
import cn.gov.baoji.portal.core.message.MessageDeadlines.RedFlag;

/**
 * 留言超期未答复: open messages past the county's promised reply time (a deduction), and those
 * unanswered three months after they came (单项否决), with the message board's own deadlines.
 */
@ApplicationScoped
class MessageOverdueRule implements InspectionRule {

    private final MessageDeadlines deadlines;

    MessageOverdueRule(MessageDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public String code() {
        return "MESSAGE_OVERDUE";
    }

    @Override
    public String name() {
        return "留言超过承诺时限未答复";
    }

    @Override
    public Severity severity() {
        return Severity.DEDUCTION;
    }

    @Override
    public RuleResult check(InspectedCounty county) {
        List<Long> redFlags = deadlines.redFlags().stream().map(RedFlag::id).toList();
        return RuleResult.of(deadlines.overdue().stream().filter(m -> !redFlags.contains(m.id()))
                .map(m -> new Finding("message:" + m.id(), Severity.DEDUCTION, "留言“" + m.title() + "”",
                        m.receivedAt().toLocalDate() + " 收到，应于 " + m.dueOn() + " 前答复，已超期 "
                                + m.workingDaysOverdue() + " 个工作日",
                        null, "/admin/messages/" + m.id(), m.departmentName(),
                        "督促承办单位尽快办理并答复；确需延期的，按规定办理延期并告知留言人。"))
                .toList());
    }
}
