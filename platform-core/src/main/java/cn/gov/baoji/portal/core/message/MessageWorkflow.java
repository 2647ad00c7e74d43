package cn.gov.baoji.portal.core.message;

import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.Actor;

/**
 * The handling of a message: the county editor accepts and routes it (or rejects it as invalid),
 * may transfer it to another department, the department drafts the reply, the county editor
 * approves it (publishing it with the message if the citizen allowed) or returns it with a comment.
 * Every step checks who may take it and in which state, and is recorded with who, when and why.
 */
@ApplicationScoped
public class MessageWorkflow {

    private final Messages messages;
    private final MessageViews views;
    private final MessageDeadlines deadlines;
    private final PublicContentVersion publicVersion;
    private final MessageAttachments attachments;

    MessageWorkflow(Messages messages, MessageViews views, MessageDeadlines deadlines, PublicContentVersion publicVersion,
            MessageAttachments attachments) {
        this.attachments = attachments;
        this.messages = messages;
        this.views = views;
        this.deadlines = deadlines;
        this.publicVersion = publicVersion;
    }

    /** Accepts a received message and routes it to the department that will reply. */
    @Transactional
    public MessageDetail accept(long id, String departmentCode, Actor actor, String comment) {
        messages.policy(actor).requireCountyEditor();
        Message m = messages.require(id);
        requireState(m, "受理", MessageState.RECEIVED);
        Department to = messages.routable(departmentCode, "department");
        OffsetDateTime now = deadlines.now();
        m.state = MessageState.ACCEPTED;
        m.departmentId = to.getId();
        m.acceptedAt = now;
        messages.record(m, MessageStep.ACCEPT, actor, now, optional(comment), null, to.getId());
        return views.detail(m);
    }

    /** Refuses a message as invalid; the citizen reads the reason on lookup. */
    @Transactional
    public MessageDetail reject(long id, Actor actor, String reason) {
        messages.policy(actor).requireCountyEditor();
        Message m = messages.require(id);
        requireState(m, "作不予受理处理", MessageState.RECEIVED, MessageState.ACCEPTED);
        String why = MessageRules.text("reason", reason, 500, true, "不予受理的理由").orElseThrow();
        boolean wasPublic = m.published;
        OffsetDateTime now = deadlines.now();
        m.state = MessageState.REJECTED;
        m.invalidReason = why;
        m.published = false;
        messages.record(m, MessageStep.REJECT, actor, now, why, m.departmentId, null);
        changedPublicly(wasPublic);
        return views.detail(m);
    }

    /** Hands a message in progress to another department; a draft of the old one is set aside. */
    @Transactional
    public MessageDetail transfer(long id, String departmentCode, Actor actor, String comment) {
        messages.policy(actor).requireCountyEditor();
        Message m = messages.require(id);
        requireState(m, "改派", MessageState.ACCEPTED, MessageState.DRAFTED);
        Department to = messages.routable(departmentCode, "department");
        if (Objects.equals(to.getId(), m.departmentId)) {
            throw new InvalidInputException("department", "该留言已由" + to.getName() + "承办，请选择其他部门");
        }
        String why = MessageRules.text("comment", comment, MessageRules.MAX_COMMENT, true, "改派原因").orElseThrow();
        Long from = m.departmentId;
        m.state = MessageState.ACCEPTED;
        m.departmentId = to.getId();
        m.reply = null;
        m.replyBy = null;
        messages.record(m, MessageStep.TRANSFER, actor, deadlines.now(), why, from, to.getId());
        changedPublicly(m.published);
        return views.detail(m);
    }

    /** The handling department's officer writes (or rewrites) the reply for the county editor to approve. */
    @Transactional
    public MessageDetail draftReply(long id, String reply, Actor actor) {
        Message m = messages.require(id);
        Department handler = messages.department(m.departmentId);
        messages.policy(actor).requireDrafter(handler == null ? null : handler.getCode());
        requireState(m, "拟写答复", MessageState.ACCEPTED, MessageState.DRAFTED);
        m.reply = MessageRules.text("reply", reply, MessageRules.MAX_REPLY, true, "答复内容").orElseThrow();
        m.replyBy = actor.name();
        m.state = MessageState.DRAFTED;
        messages.record(m, MessageStep.DRAFT, actor, deadlines.now(), null, null, null);
        return views.detail(m);
    }

    /** Sends a drafted reply back to the department with what to change. */
    @Transactional
    public MessageDetail returnReply(long id, Actor actor, String comment) {
        messages.policy(actor).requireCountyEditor();
        Message m = messages.require(id);
        requireState(m, "退回答复", MessageState.DRAFTED);
        String why = MessageRules.text("comment", comment, MessageRules.MAX_COMMENT, true, "退回意见").orElseThrow();
        m.state = MessageState.ACCEPTED;
        messages.record(m, MessageStep.RETURN, actor, deadlines.now(), why, null, null);
        return views.detail(m);
    }

    /**
     * Approves the drafted reply: the citizen sees it on lookup, and if they allowed publication the
     * message goes public with it.
     *
     * @param editedReply the reply as the editor corrected it, or null to keep the department's text
     */
    @Transactional
    public MessageDetail approveReply(long id, Actor actor, String comment, String editedReply) {
        messages.policy(actor).requireCountyEditor();
        Message m = messages.require(id);
        requireState(m, "审核答复", MessageState.DRAFTED);
        if (editedReply != null) {
            m.reply = MessageRules.text("reply", editedReply, MessageRules.MAX_REPLY, true, "答复内容").orElseThrow();
        }
        OffsetDateTime now = deadlines.now();
        m.state = MessageState.REPLIED;
        m.repliedAt = now;
        boolean wasPublic = m.published;
        m.published = m.publishAllowed;
        messages.record(m, MessageStep.APPROVE, actor, now, optional(comment), null, null);
        changedPublicly(wasPublic || m.published);
        return views.detail(m);
    }

    /** Approves without a comment or change to the reply. */
    public MessageDetail approveReply(long id, Actor actor) {
        return approveReply(id, actor, null, null);
    }

    /**
     * Shows an accepted message (in progress, or answered) on the public list, if the citizen allowed;
     * its reply shows once approved.
     */
    @Transactional
    public MessageDetail publish(long id, Actor actor) {
        messages.policy(actor).requireCountyEditor();
        Message m = messages.require(id);
        if (!m.publishAllowed) {
            throw new ConflictException("留言人未同意公开，不能公开这条留言。");
        }
        requireState(m, "公开", MessageState.ACCEPTED, MessageState.DRAFTED, MessageState.REPLIED);
        if (!m.published) {
            m.published = true;
            messages.record(m, MessageStep.PUBLISH, actor, deadlines.now(), null, null, null);
            changedPublicly(true);
        }
        return views.detail(m);
    }

    /** Takes a message off the public pages, e.g. when its text turns out to reveal someone. */
    @Transactional
    public MessageDetail unpublish(long id, Actor actor, String comment) {
        messages.policy(actor).requireCountyEditor();
        Message m = messages.require(id);
        String why = MessageRules.text("comment", comment, MessageRules.MAX_COMMENT, true, "取消公开的原因").orElseThrow();
        if (m.published) {
            m.published = false;
            messages.record(m, MessageStep.UNPUBLISH, actor, deadlines.now(), why, null, null);
            changedPublicly(true);
        }
        return views.detail(m);
    }

    /**
     * Makes a citizen's file public with the message, or private again (the county editor decides:
     * a file may show the citizen's identity card or address).
     */
    @Transactional
    public MessageDetail showAttachment(long id, long attachmentId, boolean shown, Actor actor) {
        messages.policy(actor).requireCountyEditor();
        Message m = messages.require(id);
        MessageAttachment a = attachments.require(id, attachmentId);
        if (a.shown != shown) {
            a.shown = shown;
            messages.record(m, MessageStep.ATTACHMENT, actor, deadlines.now(),
                    (shown ? "公开附件：" : "取消公开附件：") + a.fileName, null, null);
            changedPublicly(m.published);
        }
        return views.detail(m);
    }

    private void changedPublicly(boolean visible) {
        if (visible) {
            publicVersion.changed();
        }
    }

    private static String optional(String comment) {
        return MessageRules.text("comment", comment, MessageRules.MAX_COMMENT, false, "意见").orElse(null);
    }

    private static void requireState(Message m, String action, MessageState... allowed) {
        for (MessageState s : allowed) {
            if (m.state == s) {
                return;
            }
        }
        throw new ConflictException("留言处于“" + m.state.label() + "”状态，不能" + action + "。");
    }
}
