package cn.gov.baoji.portal.web.consultation;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.consultation.Consultation;
import cn.gov.baoji.portal.core.consultation.ConsultationAttachment;
import cn.gov.baoji.portal.core.consultation.ConsultationFeedback;
import cn.gov.baoji.portal.core.consultation.ConsultationService;
import cn.gov.baoji.portal.core.consultation.Phase;
import cn.gov.baoji.portal.core.consultation.PublicConsultations;
import cn.gov.baoji.portal.core.consultation.PublicConsultations.PublicComment;
import cn.gov.baoji.portal.core.consultation.Texts;
import cn.gov.baoji.portal.core.content.PublicArticles.Page;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;

/** Assembles what the public pages and the public API show of the county's consultations. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConsultationViews {

    /** Every published comment is shown under this name; who wrote it stays with the department. */
    static final String AUTHOR = "网友";

    private final PublicConsultations consultations;
    private final ConsultationFeedback feedback;
    private final DepartmentService departments;
    private final Clock clock;

    ConsultationViews(PublicConsultations consultations, ConsultationFeedback feedback, DepartmentService departments,
            Clock clock) {
        this.consultations = consultations;
        this.feedback = feedback;
        this.departments = departments;
        this.clock = clock;
    }

    public ConsultationListing list(ListFilter filter, int page, int size) {
        Page<Consultation> found = consultations.list(filter.ended(), page, size);
        Map<Long, String> names = departments.all().stream().collect(Collectors.toMap(Department::getId, Department::getName));
        return new ConsultationListing(found.items().stream().map(c -> summary(c, names.getOrDefault(c.getDepartmentId(), "")))
                .toList(), found.total(), found.page(), found.pages(), found.hasPrevious(), found.hasNext());
    }

    /** The newest published consultation, for the look's trial renders. */
    public Optional<ConsultationDetail> newest() {
        return consultations.list(null, 1, 1).items().stream().findFirst().flatMap(c -> detail(c.getId()));
    }

    public Optional<ConsultationDetail> detail(long id) {
        return consultations.find(id).map(c -> {
            Department department = departments.byId(c.getDepartmentId()).orElseThrow();
            Phase phase = c.phase(clock.instant());
            List<ConsultationDetail.File> files = consultations.attachments(id).stream().map(ConsultationViews::file).toList();
            ConsultationDetail.Feedback answer = null;
            if (c.isFeedbackPublished()) {
                ConsultationFeedback.Figures f = feedback.figures(c);
                answer = new ConsultationDetail.Feedback(c.getFeedbackText(), paragraphs(c.getFeedbackText()), f.received(),
                        f.published(), f.adopted(), f.partly(), f.notAdopted(), Texts.show(c.getFeedbackPublishedAt()));
            }
            return new ConsultationDetail(c.getId(), c.getTitle(), c.getSummary(), c.getBodyHtml(), url(c),
                    department.getName(), department.getCode(), c.getContactPhone(), c.getContactEmail(),
                    Texts.show(c.getOpensAt()), Texts.show(c.getDeadline()), Texts.show(c.getPublishedAt()), phase.key(),
                    phase.label(), phase == Phase.OPEN, phase == Phase.ENDED, files, answer);
        });
    }

    /** The published comments of a published consultation, newest first. */
    public Optional<CommentListing> comments(long id, int page, int size) {
        return consultations.find(id).map(c -> {
            Page<PublicComment> found = consultations.comments(c, page, size);
            return new CommentListing(found.items().stream().map(ConsultationViews::comment).toList(), found.total(),
                    found.page(), found.pages(), found.hasPrevious(), found.hasNext());
        });
    }

    public Optional<ConsultationService.File> download(long id, long attachmentId) {
        return consultations.download(id, attachmentId);
    }

    private ConsultationSummary summary(Consultation c, String department) {
        Phase phase = c.phase(clock.instant());
        return new ConsultationSummary(c.getId(), c.getTitle(), c.getSummary(), url(c), department,
                Texts.show(c.getOpensAt()), Texts.show(c.getDeadline()), phase.key(), phase.label(),
                c.isFeedbackPublished());
    }

    private static CommentView comment(PublicComment c) {
        return new CommentView(c.id(), AUTHOR, c.content(), Texts.show(c.submittedAt()),
                c.adoption() == null ? null : c.adoption().name(), c.adoption() == null ? null : c.adoption().label(),
                c.reason());
    }

    private static ConsultationDetail.File file(ConsultationAttachment a) {
        return new ConsultationDetail.File(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(),
                size(a.getSizeBytes()), a.publicUrl());
    }

    static String url(Consultation c) {
        return "/consultations/" + c.getId();
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " 字节";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static List<String> paragraphs(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
