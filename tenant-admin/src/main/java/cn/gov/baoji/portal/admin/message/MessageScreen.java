package cn.gov.baoji.portal.admin.message;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentKind;
import cn.gov.baoji.portal.core.message.Message;
import cn.gov.baoji.portal.core.message.MessageDetail;
import cn.gov.baoji.portal.core.message.MessageRules;

/**
 * What one message's page shows: the message with its history, the steps the viewer may take now,
 * and, after a refused step, why and what they had typed.
 *
 * @param countyEditor the viewer accepts, routes, transfers and approves (区县审核员、站点管理员)
 * @param drafter the viewer is an officer of the department that handles the message now
 * @param failed the step that was refused ({@code accept}, {@code reply}, ...), null otherwise
 * @param errorField the refused field, for {@code aria-invalid}
 */
public record MessageScreen(MessageDetail message, boolean countyEditor, boolean drafter, List<Department> departments,
        String error, String errorField, String notice, String failed, MessageStepForm typed) {

    private static final Set<String> IN_PROGRESS = Set.of("ACCEPTED", "DRAFTED");

    public boolean canAccept() {
        return countyEditor && message.state().equals("RECEIVED");
    }

    public boolean canReject() {
        return countyEditor && (message.state().equals("RECEIVED") || message.state().equals("ACCEPTED"));
    }

    public boolean canTransfer() {
        return countyEditor && IN_PROGRESS.contains(message.state());
    }

    public boolean canDraft() {
        return drafter && IN_PROGRESS.contains(message.state());
    }

    public boolean canReview() {
        return countyEditor && message.state().equals("DRAFTED");
    }

    public boolean canPublish() {
        return countyEditor && message.publishAllowed() && !message.published()
                && (IN_PROGRESS.contains(message.state()) || message.state().equals("REPLIED"));
    }

    public boolean canUnpublish() {
        return countyEditor && message.published();
    }

    /** The county editor decides which of the citizen's files show with the published message. */
    public boolean canShowFiles() {
        return countyEditor;
    }

    /** A file's size as people read it: 820 字节, 12.5 KB, 3.2 MB. */
    public String sizeText(int bytes) {
        if (bytes < 1024) {
            return bytes + " 字节";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    public boolean anyStep() {
        return canAccept() || canReject() || canTransfer() || canDraft() || canReview() || canPublish() || canUnpublish();
    }

    public List<Department> offices() {
        return departments.stream().filter(d -> d.getKind() == DepartmentKind.DEPARTMENT).toList();
    }

    public List<Department> townships() {
        return departments.stream().filter(d -> d.getKind() == DepartmentKind.TOWNSHIP).toList();
    }

    /** The department the accept form proposes: what was chosen before a refusal, else the addressee. */
    public boolean proposed(String code) {
        String chosen = failed != null && typed != null && typed.department != null ? typed.department
                : Message.LEADER.equals(message.addressee()) ? null : message.addressee();
        return code.equals(chosen);
    }

    /** The transfer form proposes the department chosen before a refusal only. */
    public boolean transferChoice(String code) {
        return "transfer".equals(failed) && typed != null && code.equals(typed.department);
    }

    /** A field's text as typed before the step {@code action} was refused; empty otherwise. */
    public String typed(String action, String field) {
        if (!action.equals(failed) || typed == null) {
            return "";
        }
        String value = switch (field) {
            case "comment" -> typed.comment;
            case "reason" -> typed.reason;
            case "reply" -> typed.reply;
            default -> null;
        };
        return value == null ? "" : value;
    }

    /** Whether a field of the step {@code action} was the one refused. */
    public boolean invalid(String action, String field) {
        return action.equals(failed) && field.equals(errorField);
    }

    /** The reply text the department's form starts with: what was typed, else the current draft. */
    public String draftText() {
        if ("reply".equals(failed) && typed != null && typed.reply != null) {
            return typed.reply;
        }
        return message.reply() == null ? "" : message.reply();
    }

    /** The reply text the approval form starts with: what the editor typed, else the department's draft. */
    public String reviewText() {
        if (("approve".equals(failed) || "return".equals(failed)) && typed != null && typed.reply != null) {
            return typed.reply;
        }
        return message.reply() == null ? "" : message.reply();
    }

    /**
     * The county editor's comment when the reply was last sent back and not redrafted since; what the
     * department has to change.
     */
    public MessageDetail.Event returned() {
        MessageDetail.Event latest = null;
        for (MessageDetail.Event e : message.events()) {
            if (Set.of("ACCEPT", "TRANSFER", "DRAFT", "RETURN").contains(e.step())) {
                latest = e;
            }
        }
        return latest != null && latest.step().equals("RETURN") ? latest : null;
    }

    public int maxReply() {
        return MessageRules.MAX_REPLY;
    }

    public int maxComment() {
        return MessageRules.MAX_COMMENT;
    }
}
