package cn.gov.baoji.portal.core.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.FileDigests;
import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.content.UploadPolicy;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantContext;

/**
 * The county's service guides (办事指南) in the back office: written by the webmaster or an editor
 * (a department's reviewer only for their department), published only when complete, with their forms.
 */
@ApplicationScoped
public class ServiceGuides {

    static final String CHANGED = "办事指南已被他人修改，请刷新后再编辑。";
    static final int MAX_FORMS = 20;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}&&[^\\n\\t]]");
    private static final Pattern PHONE = Pattern.compile(".*\\d{7,}.*|.*\\d{3,4}-\\d{7,8}.*", Pattern.DOTALL);

    private final EntityManager em;
    private final ServiceCatalogue catalogue;
    private final DepartmentService departments;
    private final TenantContext tenant;
    private final PublicContentVersion publicVersion;
    private final Clock clock;

    ServiceGuides(EntityManager em, ServiceCatalogue catalogue, DepartmentService departments, TenantContext tenant,
            PublicContentVersion publicVersion, Clock clock) {
        this.em = em;
        this.catalogue = catalogue;
        this.departments = departments;
        this.tenant = tenant;
        this.publicVersion = publicVersion;
        this.clock = clock;
    }

    /** Every item the county offers, with its guide (or none yet), in catalogue order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GuideView> overview(Actor actor) {
        requireEditor(actor);
        Map<String, ServiceGuide> guides = em.createQuery("FROM ServiceGuide", ServiceGuide.class).getResultStream()
                .collect(Collectors.toMap(ServiceGuide::getItemCode, g -> g));
        Map<Long, List<ServiceForm>> forms = em.createQuery("FROM ServiceForm ORDER BY kind, id", ServiceForm.class)
                .getResultStream().collect(Collectors.groupingBy(ServiceForm::getGuideId));
        Map<String, String> names = departmentNames();
        ServiceRelease release = catalogue.current();
        return release.offeredBy(county().value()).stream().map(item -> {
            ServiceGuide g = guides.get(item.code());
            return view(release, item, g, g == null ? List.of() : forms.getOrDefault(g.getId(), List.of()), names);
        }).toList();
    }

    /** Guides that still lack an element (not started ones too): what the back office asks people to finish. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GuideView> incomplete(Actor actor) {
        return overview(actor).stream().filter(g -> !g.complete()).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long incompleteCount(Actor actor) {
        if (!actor.bindings().allows(county(), Role.EDITOR)) {
            return 0;
        }
        Map<String, ServiceGuide> guides = em.createQuery("FROM ServiceGuide", ServiceGuide.class).getResultStream()
                .collect(Collectors.toMap(ServiceGuide::getItemCode, g -> g));
        return catalogue.current().offeredBy(county().value()).stream()
                .filter(item -> !GuideElement.missing(item, guides.get(item.code())).isEmpty()).count();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GuideView guide(Actor actor, String code) {
        requireEditor(actor);
        ServiceItem item = offered(code);
        ServiceGuide g = find(code).orElse(null);
        return view(catalogue.current(), item, g, g == null ? List.of() : forms(g.getId()), departmentNames());
    }

    /**
     * Stores the county fields (starting the guide if there is none). A published guide stays public
     * and so must stay complete; {@code version} is the one the editor saw (null: no check).
     */
    @Transactional
    public GuideView save(Actor actor, String code, GuideInput input, Integer version) {
        ServiceItem item = offered(code);
        if (input == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        ServiceGuide g = find(code).orElse(null);
        requireWrite(actor, g);
        if (g == null) {
            if (version != null && version != 0) {
                throw new ConflictException(CHANGED);
            }
            g = new ServiceGuide(code);
        } else {
            checkVersion(g, version);
        }
        apply(actor, g, input);
        if (g.published) {
            List<GuideElement> missing = GuideElement.missing(item, g);
            if (!missing.isEmpty()) {
                throw new InvalidInputException(field(missing.get(0)), "已发布的办事指南不能缺少要素："
                        + GuideElement.labels(missing) + "。如需暂停公开，请先撤下。");
            }
        }
        touch(g, actor);
        if (g.getId() == null) {
            em.persist(g);
        }
        flush();
        if (g.published) {
            publicVersion.changed();
        }
        return guide(actor, code);
    }

    /** Makes a complete guide public; refused, naming what is missing, when it is not complete. */
    @Transactional
    public GuideView publish(Actor actor, String code, Integer version) {
        ServiceItem item = offered(code);
        ServiceGuide g = find(code).orElse(null);
        requireWrite(actor, g);
        List<GuideElement> missing = GuideElement.missing(item, g);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(field(missing.get(0)), "办事指南缺少以下要素，不能发布："
                    + GuideElement.labels(missing) + "。");
        }
        checkVersion(g, version);
        if (!g.published) {
            g.published = true;
            g.publishedAt = OffsetDateTime.now(clock);
            touch(g, actor);
            flush();
            publicVersion.changed();
        }
        return guide(actor, code);
    }

    /** Takes a guide off the public pages; it stays in the back office. */
    @Transactional
    public GuideView unpublish(Actor actor, String code, Integer version) {
        offered(code);
        ServiceGuide g = find(code).orElseThrow(() -> new NotFoundException("本事项还没有办事指南。"));
        requireWrite(actor, g);
        checkVersion(g, version);
        if (g.published) {
            g.published = false;
            touch(g, actor);
            flush();
            publicVersion.changed();
        }
        return guide(actor, code);
    }

    /** Adds a blank or sample form; the guide is started if there is none yet. */
    @Transactional
    public GuideView.FormView addForm(Actor actor, String code, String kind, String title, String fileName, byte[] bytes) {
        offered(code);
        ServiceGuide g = find(code).orElse(null);
        requireWrite(actor, g);
        ServiceForm.Kind k;
        try {
            k = ServiceForm.Kind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "请选择表格类型：空白表格（BLANK）或示例样表（SAMPLE）");
        }
        UploadPolicy.Accepted accepted = FormFiles.check(fileName, bytes);
        String t = title == null || title.isBlank() ? accepted.fileName().replaceFirst("\\.[^.]*$", "") : title.strip();
        if (t.length() > 100 || CONTROL.matcher(t).find() || t.contains("\n")) {
            throw new InvalidInputException("title", "表格名称不能超过 100 个字");
        }
        if (g == null) {
            g = new ServiceGuide(code);
            touch(g, actor);
            em.persist(g);
            em.flush();
        } else if (em.createQuery("SELECT count(f) FROM ServiceForm f WHERE f.guideId = :g", Long.class)
                .setParameter("g", g.getId()).getSingleResult() >= MAX_FORMS) {
            throw new InvalidInputException("file", "每个事项最多上传 " + MAX_FORMS + " 个表格，请先删除不用的表格。");
        }
        ServiceForm form = new ServiceForm(g.getId(), k, t, accepted.fileName(), accepted.contentType(), bytes.length,
                FileDigests.sha256(bytes), actor.name(), OffsetDateTime.now(clock));
        em.persist(form);
        em.flush();
        em.persist(new ServiceFormContent(form.getId(), bytes));
        if (g.published) {
            publicVersion.changed();
        }
        return GuideView.FormView.of(code, form);
    }

    @Transactional
    public void removeForm(Actor actor, String code, long formId) {
        offered(code);
        ServiceGuide g = find(code).orElseThrow(() -> new NotFoundException("表格不存在。"));
        requireWrite(actor, g);
        ServiceForm form = em.find(ServiceForm.class, formId);
        if (form == null || !form.getGuideId().equals(g.getId())) {
            throw new NotFoundException("表格不存在。");
        }
        em.createQuery("DELETE FROM ServiceFormContent WHERE formId = :id").setParameter("id", formId).executeUpdate();
        em.remove(form);
        if (g.published) {
            publicVersion.changed();
        }
    }

    /** A form's file for the back office, whatever the guide's state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FormFile file(Actor actor, String code, long formId) {
        requireEditor(actor);
        offered(code);
        ServiceGuide g = find(code).orElseThrow(() -> new NotFoundException("表格不存在。"));
        return formFile(em, g, formId).orElseThrow(() -> new NotFoundException("表格不存在。"));
    }

    /** A form's bytes and how to serve them. */
    public record FormFile(String fileName, String contentType, byte[] bytes) {
    }

    static Optional<FormFile> formFile(EntityManager em, ServiceGuide g, long formId) {
        ServiceForm form = em.find(ServiceForm.class, formId);
        if (form == null || !form.getGuideId().equals(g.getId())) {
            return Optional.empty();
        }
        ServiceFormContent content = em.find(ServiceFormContent.class, formId);
        return content == null ? Optional.empty()
                : Optional.of(new FormFile(form.getFileName(), form.getContentType(), content.getBytes()));
    }

    private void apply(Actor actor, ServiceGuide g, GuideInput input) {
        g.basis = text(input.basis(), "basis", "设定依据", 4000);
        g.conditions = text(input.conditions(), "conditions", "申请条件", 4000);
        g.materials = text(input.materials(), "materials", "办理材料", 4000);
        g.place = line(input.place(), "place", "办理地点", 200);
        g.hours = line(input.hours(), "hours", "办理时间", 200);
        g.phone = line(input.phone(), "phone", "联系电话", 60);
        if (g.phone != null && !PHONE.matcher(g.phone).matches()) {
            throw new InvalidInputException("phone", "联系电话应包含区号和号码，如 0917-3212345");
        }
        g.process = text(input.process(), "process", "办理流程", 4000);
        g.fees = text(input.fees(), "fees", "收费标准", 1000);
        Integer days = input.timeLimitDays();
        if (days != null && (days < 0 || days > 365)) {
            throw new InvalidInputException("timeLimitDays", "承诺时限应为 0 至 365 个工作日（0 表示即办）");
        }
        g.timeLimitDays = days;
        Optional<String> own = ownDepartment(actor);
        String department = own.orElse(line(input.department(), "department", "责任部门", 16));
        if (department != null && departments.byCode(department).isEmpty()) {
            throw new InvalidInputException("department", "责任部门不存在：" + department);
        }
        g.departmentCode = department;
        g.window = line(input.window(), "window", "办理窗口", 60);
        g.onlineApply = Boolean.TRUE.equals(input.online());
    }

    private static String text(String value, String field, String label, int max) {
        if (value == null) {
            return null;
        }
        String v = value.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > max) {
            throw new InvalidInputException(field, label + "不能超过 " + max + " 个字");
        }
        if (CONTROL.matcher(v).find()) {
            throw new InvalidInputException(field, label + "含有不可见的控制字符，请删除后重试");
        }
        return v;
    }

    private static String line(String value, String field, String label, int max) {
        String v = text(value, field, label, max);
        if (v != null && v.contains("\n")) {
            throw new InvalidInputException(field, label + "只能填写一行");
        }
        return v;
    }

    private void touch(ServiceGuide g, Actor actor) {
        g.updatedBy = actor.name() == null || actor.name().isBlank() ? "未知" : limit(actor.name(), 80);
        g.updatedAt = OffsetDateTime.now(clock);
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(CHANGED);
        }
    }

    private static void checkVersion(ServiceGuide g, Integer version) {
        if (version != null && version != g.getLockVersion()) {
            throw new ConflictException(CHANGED);
        }
    }

    private GuideView view(ServiceRelease release, ServiceItem item, ServiceGuide g, List<ServiceForm> forms,
            Map<String, String> departmentNames) {
        List<String> missing = GuideElement.missing(item, g).stream().map(GuideElement::label).toList();
        String state = g == null ? "NONE" : g.published ? "PUBLISHED" : "DRAFT";
        String stateLabel = g == null ? "未编写" : g.published ? "已发布" : "未发布";
        List<String> events = item.events().stream().map(e -> release.event(e).map(LifeEvent::name).orElse(e)).toList();
        List<String> audiences = item.audiences().stream().map(Audience::label).toList();
        List<GuideView.FormView> formViews = forms.stream().map(f -> GuideView.FormView.of(item.code(), f)).toList();
        if (g == null) {
            return new GuideView(item.code(), item.name(), item.kind().name(), item.kind().label(), item.legalBasis(),
                    audiences, events, state, stateLabel, missing, null, null, null, null, null, null, null, null, null,
                    null, null, null, false, false, null, null, null, null, 0, formViews);
        }
        return new GuideView(item.code(), item.name(), item.kind().name(), item.kind().label(), item.legalBasis(),
                audiences, events, state, stateLabel, missing, g.basis, g.conditions, g.materials, g.place, g.hours,
                g.phone, g.process, g.fees, g.timeLimitDays, g.departmentCode,
                g.departmentCode == null ? null : departmentNames.getOrDefault(g.departmentCode, g.departmentCode),
                g.window, g.onlineApply, g.published, g.publishedAt, g.updatedBy, g.updatedAt, g.getLockVersion(),
                g.getViewCount(), formViews);
    }

    private Map<String, String> departmentNames() {
        return departments.all().stream().collect(Collectors.toMap(Department::getCode, Department::getName, (a, b) -> a));
    }

    private List<ServiceForm> forms(long guideId) {
        return em.createQuery("FROM ServiceForm WHERE guideId = :g ORDER BY kind, id", ServiceForm.class)
                .setParameter("g", guideId).getResultList();
    }

    Optional<ServiceGuide> find(String code) {
        return em.createQuery("FROM ServiceGuide WHERE itemCode = :c", ServiceGuide.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    /** The item of the current release, if this county offers it; otherwise 404 (no guide of it can be edited). */
    private ServiceItem offered(String code) {
        if (!ServiceCatalogue.isItemCode(code)) {
            throw new NotFoundException("事项不存在。");
        }
        return catalogue.offered(county().value(), code).orElseThrow(() -> new NotFoundException("本区县不提供该事项。"));
    }

    private TenantCode county() {
        return tenant.require().code();
    }

    private void requireEditor(Actor actor) {
        if (!actor.bindings().allows(county(), Role.EDITOR)) {
            throw new AccessDeniedException("只有本站点的审核员或站点管理员可以维护办事指南。");
        }
    }

    /** A department's reviewer writes only their department's guides (and new ones, which become theirs). */
    private void requireWrite(Actor actor, ServiceGuide g) {
        requireEditor(actor);
        Optional<String> own = ownDepartment(actor);
        if (own.isPresent() && g != null && g.departmentCode != null && !g.departmentCode.equals(own.get())) {
            throw new AccessDeniedException("您只能维护本部门负责事项的办事指南。");
        }
    }

    private Optional<String> ownDepartment(Actor actor) {
        if (actor.bindings().allows(county(), Role.WEBMASTER)) {
            return Optional.empty();
        }
        return actor.bindings().departmentIn(county());
    }

    private static String field(GuideElement e) {
        return switch (e) {
            case NAME -> "name";
            case BASIS -> "basis";
            case CONDITIONS -> "conditions";
            case MATERIALS -> "materials";
            case PLACE -> "place";
            case HOURS -> "hours";
            case PHONE -> "phone";
            case PROCESS -> "process";
            case FEES -> "fees";
            case TIME_LIMIT -> "timeLimitDays";
            case DEPARTMENT -> "department";
        };
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
