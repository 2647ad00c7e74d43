package cn.gov.baoji.portal.core.message;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.Actor;

/**
 * The citizen's side of the message board: writing a message, looking it up with query code and
 * phone, and reading the published ones.
 */
@ApplicationScoped
public class MessageBoard {

    public static final int MAX_PAGE_SIZE = 50;

    /** Recorded as the actor of the first step; the citizen's name stays in the message alone. */
    private static final Actor CITIZEN = new Actor("citizen", "留言人", cn.gov.baoji.portal.core.security.AccessBindings.none());

    private final EntityManager em;
    private final Messages messages;
    private final MessageViews views;
    private final MessageDeadlines deadlines;
    private final MessageAttachments attachments;

    MessageBoard(EntityManager em, Messages messages, MessageViews views, MessageDeadlines deadlines,
            MessageAttachments attachments) {
        this.attachments = attachments;
        this.em = em;
        this.messages = messages;
        this.views = views;
        this.deadlines = deadlines;
    }

    /** What the public list shows; every field may be null. */
    public record PublicQuery(String department, MessageKind kind, Boolean replied, int page, int size) {
    }

    /** Every problem of a citizen's input by field, for a form to show all at once; empty if it may be sent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> problems(MessageInput input) {
        return MessageRules.problems(input, messages::isAddressee);
    }

    /** {@link #problems(MessageInput)}, and what is wrong with the files, under {@code attachments}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> problems(MessageInput input, List<MessageFile> files) {
        Map<String, String> problems = new java.util.LinkedHashMap<>(problems(input));
        MessageRules.attachmentProblem(files).ifPresent(problem -> problems.put("attachments", problem));
        return problems;
    }

    /**
     * Stores a citizen's message and returns its query code; the message is committed when this
     * returns.
     *
     * @param submissionKey identifies the solved challenge; a second submission with it finds no place
     * @param admission runs inside the transaction before anything is stored (the spam checks, which
     *        spend the challenge): if it throws, nothing is stored
     */
    @Transactional
    public String submit(MessageInput input, String submissionKey, Runnable admission) {
        return submit(input, List.of(), submissionKey, admission);
    }

    /** {@link #submit(MessageInput, String, Runnable)} with the citizen's files (at most three, 20 MB together). */
    @Transactional
    public String submit(MessageInput input, List<MessageFile> files, String submissionKey, Runnable admission) {
        MessageRules.Checked checked = MessageRules.check(input, messages::isAddressee);
        MessageRules.attachmentProblem(files).ifPresent(problem -> {
            throw new InvalidInputException("attachments", problem);
        });
        admission.run();
        OffsetDateTime now = deadlines.now();
        Message m = new Message(freshCode(), submissionKey);
        m.kind = checked.kind();
        m.addressee = checked.addressee();
        m.title = checked.title();
        m.content = checked.content();
        m.name = checked.name();
        m.phone = checked.phone();
        m.email = checked.email();
        m.publishAllowed = checked.publish();
        m.receivedAt = now;
        m.dueOn = deadlines.dueOn(now);
        em.persist(m);
        em.flush();
        for (MessageFile file : files) {
            em.persist(attachments.stored(m, file));
        }
        messages.record(m, MessageStep.RECEIVE, CITIZEN, now, null, null, null);
        return m.queryCode;
    }

    /**
     * The query code of the message stored with this submission key by the same phone: a retried or
     * double-clicked submission answers with the code of the message it already created.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> submitted(String submissionKey, String phone) {
        return em.createQuery("SELECT m.queryCode FROM Message m WHERE m.submissionKey = :k AND m.phone = :p", String.class)
                .setParameter("k", submissionKey).setParameter("p", MessageRules.phone(phone)).getResultStream().findFirst();
    }

    /** The message with this code and phone; an unknown code and a wrong phone alike find nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MessageLookup> lookup(String queryCode, String phone) {
        Optional<String> code = QueryCodes.normalize(queryCode);
        String mobile = MessageRules.phone(phone);
        if (code.isEmpty() || mobile.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("FROM Message m WHERE m.queryCode = :c AND m.phone = :p", Message.class)
                .setParameter("c", code.get()).setParameter("p", mobile).getResultStream().findFirst()
                .map(m -> new MessageLookup(QueryCodes.grouped(m.queryCode), m.kind.label(), m.title,
                        messages.addresseeName(m), m.departmentId == null ? null : messages.handlerName(m), m.state.key(),
                        m.state.label(), MessageViews.local(m.receivedAt), m.dueOn,
                        m.state == MessageState.REPLIED ? m.reply : null, MessageViews.local(m.repliedAt),
                        m.state == MessageState.REJECTED ? m.invalidReason : null, m.published));
    }

    /** Published messages, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MessagePage<PublicMessage> published(PublicQuery q) {
        int size = Math.max(1, Math.min(MAX_PAGE_SIZE, q.size()));
        int page = Math.max(1, q.page());
        StringBuilder where = new StringBuilder("m.published = true");
        Map<String, Object> params = new HashMap<>();
        if (q.department() != null && !q.department().isBlank()) {
            if (Message.LEADER.equals(q.department())) {
                where.append(" AND m.addressee = :leader");
                params.put("leader", Message.LEADER);
            } else {
                // An unknown department simply matches nothing.
                where.append(" AND m.departmentId = :department");
                params.put("department", messages.departmentId(q.department()).orElse(-1L));
            }
        }
        if (q.kind() != null) {
            where.append(" AND m.kind = :kind");
            params.put("kind", q.kind());
        }
        if (q.replied() != null) {
            where.append(q.replied() ? " AND m.state = :replied" : " AND m.state <> :replied");
            params.put("replied", MessageState.REPLIED);
        }
        TypedQuery<Long> count = em.createQuery("SELECT count(m) FROM Message m WHERE " + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        TypedQuery<Message> query = em.createQuery("SELECT m FROM Message m WHERE " + where
                + " ORDER BY m.receivedAt DESC, m.id DESC", Message.class);
        params.forEach(query::setParameter);
        List<Message> found = query.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        Map<Long, Department> byId = views.departmentsById();
        return new MessagePage<>(found.stream().map(m -> toPublic(m, byId)).toList(), total, page, size);
    }

    /** One published message; unpublished ones do not exist for the public. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PublicMessage> publishedOne(long id) {
        Message m = em.find(Message.class, id);
        if (m == null || !m.published) {
            return Optional.empty();
        }
        return Optional.of(toPublic(m, views.departmentsById()));
    }

    /** A file the editor made public, of a published message; nothing otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MessageFile> publicFile(long messageId, long attachmentId) {
        Message m = em.find(Message.class, messageId);
        if (m == null || !m.published) {
            return Optional.empty();
        }
        return attachments.file(messageId, attachmentId, true);
    }

    /** The leader's mailbox as this county names it (区长信箱 or 县长信箱). */
    public String leaderMailbox() {
        return messages.leaderMailbox();
    }

    private PublicMessage toPublic(Message m, Map<Long, Department> byId) {
        Department handler = m.departmentId == null ? null : byId.get(m.departmentId);
        String addressee = views.addresseeName(m, byId);
        boolean replied = m.state == MessageState.REPLIED;
        return new PublicMessage(m.getId(), m.kind.key(), m.kind.label(), m.title, m.content, addressee,
                handler == null ? addressee : handler.getName(), replied ? "replied" : "processing",
                replied ? MessageState.REPLIED.label() : MessageState.ACCEPTED.label(), MessageViews.local(m.receivedAt),
                replied ? m.reply : null, replied ? MessageViews.local(m.repliedAt) : null,
                attachments.listed(m.getId()).stream().filter(MessageDetail.Attachment::shown)
                        .map(a -> new PublicMessage.File(a.id(), a.fileName())).toList());
    }

    private String freshCode() {
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = QueryCodes.next();
            boolean taken = em.createQuery("SELECT count(m) FROM Message m WHERE m.queryCode = :c", Long.class)
                    .setParameter("c", code).getSingleResult() > 0;
            if (!taken) {
                return code;
            }
        }
        throw new IllegalStateException("No free query code after 5 attempts: the code space is exhausted or the generator is broken");
    }
}
