package cn.gov.baoji.portal.core.consultation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.HtmlSanitizer;
import cn.gov.baoji.portal.core.content.PublicArticles.Page;
import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.content.UploadPolicy;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.Actor;

/** The webmaster's side of consultations: write, attach files, publish; and the back office's reads. */
@ApplicationScoped
public class ConsultationService {

    private static final int MAX_BODY = 200_000;
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9 ()+\\-]{4,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9.-]{1,100}\\.[A-Za-z]{2,20}");

    private final EntityManager em;
    private final DepartmentService departments;
    private final ConsultationPolicy policy;
    private final PublicContentVersion publicVersion;
    private final Clock clock;

    ConsultationService(EntityManager em, DepartmentService departments, ConsultationPolicy policy,
            PublicContentVersion publicVersion, Clock clock) {
        this.em = em;
        this.departments = departments;
        this.policy = policy;
        this.publicVersion = publicVersion;
        this.clock = clock;
    }

    /** A consultation in the back office's list, with its comment figures. */
    public record Row(Consultation consultation, String department, long pending, long received) {
    }

    @Transactional
    public Consultation create(Actor actor, ConsultationInput input) {
        policy.requireWebmaster(actor);
        Consultation consultation = new Consultation(limit(actor.name(), 80), now());
        apply(consultation, input);
        em.persist(consultation);
        return consultation;
    }

    /**
     * Changes a consultation until its feedback is published. {@code expectedVersion}, when given,
     * must be the version the webmaster's form showed: two people cannot overwrite each other unseen.
     */
    @Transactional
    public Consultation update(Actor actor, long id, ConsultationInput input, Integer expectedVersion) {
        policy.requireWebmaster(actor);
        Consultation consultation = require(id);
        if (expectedVersion != null && expectedVersion != consultation.version) {
            throw new ConflictException("意见征集已被他人修改，请刷新页面后再编辑。");
        }
        requireNoFeedback(consultation);
        apply(consultation, input);
        consultation.updatedAt = now();
        if (consultation.isPublished()) {
            publicVersion.changed();
        }
        return consultation;
    }

    @Transactional
    public Consultation publish(Actor actor, long id) {
        policy.requireWebmaster(actor);
        Consultation consultation = require(id);
        if (consultation.isPublished()) {
            throw new ConflictException("该意见征集已发布。");
        }
        if (!consultation.deadline.toInstant().isAfter(clock.instant())) {
            throw new ConflictException("截止时间已过，请先修改截止时间再发布。");
        }
        consultation.state = ConsultationState.PUBLISHED;
        consultation.publishedAt = now();
        consultation.updatedAt = consultation.publishedAt;
        publicVersion.changed();
        return consultation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Consultation get(long id) {
        return require(id);
    }

    /** Every consultation of the county, newest first, with the figures moderators need. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Row> list(int page, int size) {
        long total = em.createQuery("SELECT count(c) FROM Consultation c", Long.class).getSingleResult();
        List<Consultation> items = em.createQuery("FROM Consultation ORDER BY id DESC", Consultation.class)
                .setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        Map<Long, long[]> figures = figures(items.stream().map(Consultation::getId).toList());
        Map<Long, String> names = departments.all().stream().collect(Collectors.toMap(Department::getId, Department::getName));
        return new Page<>(items.stream().map(c -> {
            long[] f = figures.getOrDefault(c.getId(), new long[2]);
            return new Row(c, names.getOrDefault(c.departmentId, ""), f[0], f[1]);
        }).toList(), total, page, size);
    }

    /** Pending and all comments per consultation, in one query. */
    private Map<Long, long[]> figures(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT c.consultationId, sum(CASE WHEN c.moderation = :pending THEN 1 ELSE 0 END), count(c)"
                + " FROM Comment c WHERE c.consultationId IN :ids GROUP BY c.consultationId", Object[].class)
                .setParameter("pending", Moderation.PENDING).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> new long[] { ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue() }));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsultationAttachment> attachments(long id) {
        return em.createQuery("FROM ConsultationAttachment WHERE consultationId = :id ORDER BY id", ConsultationAttachment.class)
                .setParameter("id", id).getResultList();
    }

    /** Stores a file with a consultation, checked by the same rules as articles' files. */
    @Transactional
    public ConsultationAttachment attach(Actor actor, long id, String fileName, byte[] bytes) {
        policy.requireWebmaster(actor);
        Consultation consultation = require(id);
        requireNoFeedback(consultation);
        UploadPolicy.Accepted accepted = UploadPolicy.check(fileName, bytes);
        ConsultationAttachment attachment = new ConsultationAttachment(consultation.getId(), accepted.fileName(),
                accepted.contentType(), bytes.length, sha256(bytes));
        em.persist(attachment);
        em.flush();
        em.persist(new ConsultationAttachmentContent(attachment.getId(), bytes));
        if (consultation.isPublished()) {
            publicVersion.changed();
        }
        return attachment;
    }

    @Transactional
    public void removeAttachment(Actor actor, long id, long attachmentId) {
        policy.requireWebmaster(actor);
        Consultation consultation = require(id);
        requireNoFeedback(consultation);
        ConsultationAttachment attachment = em.find(ConsultationAttachment.class, attachmentId);
        if (attachment == null || !attachment.getConsultationId().equals(consultation.getId())) {
            throw new NotFoundException("附件不存在。");
        }
        em.remove(em.getReference(ConsultationAttachmentContent.class, attachmentId));
        em.remove(attachment);
        if (consultation.isPublished()) {
            publicVersion.changed();
        }
    }

    /** A stored file ready to send. */
    public record File(ConsultationAttachment attachment, byte[] bytes) {
    }

    /** A file of a consultation in any state, for the back office. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<File> file(long id, long attachmentId) {
        ConsultationAttachment attachment = em.find(ConsultationAttachment.class, attachmentId);
        if (attachment == null || attachment.getConsultationId() != id) {
            return Optional.empty();
        }
        return Optional.of(new File(attachment, em.find(ConsultationAttachmentContent.class, attachmentId).getBytes()));
    }

    Consultation require(long id) {
        Consultation consultation = em.find(Consultation.class, id);
        if (consultation == null) {
            throw new NotFoundException("意见征集不存在。");
        }
        return consultation;
    }

    static void requireNoFeedback(Consultation consultation) {
        if (consultation.isFeedbackPublished()) {
            throw new ConflictException("反馈已发布，意见征集不能再修改。");
        }
    }

    private void apply(Consultation c, ConsultationInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "请求内容不能为空。");
        }
        c.title = Texts.text("title", input.title(), 200, true, "标题");
        c.summary = Texts.text("summary", input.summary(), 500, false, "内容简介");
        String body = HtmlSanitizer.clean(input.body());
        if (HtmlSanitizer.text(body).isBlank()) {
            throw new InvalidInputException("body", "请填写征求意见稿正文。");
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidInputException("body", "正文过长（不超过 20 万字符），请把全文作为附件上传。");
        }
        c.bodyHtml = body;
        String code = input.department() == null ? "" : input.department().strip();
        if (code.isEmpty()) {
            throw new InvalidInputException("department", "请选择征集单位。");
        }
        c.departmentId = departments.byCode(code).map(Department::getId)
                .orElseThrow(() -> new InvalidInputException("department", "征集单位不是本站点的部门或乡镇。"));
        c.contactPhone = Texts.text("contactPhone", input.contactPhone(), 40, false, "联系电话");
        if (c.contactPhone != null && !PHONE.matcher(c.contactPhone).matches()) {
            throw new InvalidInputException("contactPhone", "联系电话只能包含数字、空格、括号、加号和连字符，如 0917-3212345。");
        }
        c.contactEmail = Texts.text("contactEmail", input.contactEmail(), 120, false, "电子邮箱");
        if (c.contactEmail != null && !EMAIL.matcher(c.contactEmail).matches()) {
            throw new InvalidInputException("contactEmail", "电子邮箱格式不正确，如 fzb@weibin.gov.cn。");
        }
        OffsetDateTime opens = Texts.time("opensAt", input.opensAt(), "开始时间");
        OffsetDateTime deadline = Texts.time("deadline", input.deadline(), "截止时间");
        if (!deadline.isAfter(opens)) {
            throw new InvalidInputException("deadline", "截止时间应晚于开始时间。");
        }
        c.opensAt = opens;
        c.deadline = deadline;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String limit(String value, int max) {
        return value == null || value.isBlank() ? "（未知）" : value.length() > max ? value.substring(0, max) : value;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
