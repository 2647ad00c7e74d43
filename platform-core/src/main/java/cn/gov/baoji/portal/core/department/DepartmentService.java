package cn.gov.baoji.portal.core.department;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;

/** Departments and townships of the current tenant. */
@ApplicationScoped
public class DepartmentService {

    /** Codes that name something else where a department code is expected: {@code leader} is the leader's mailbox. */
    public static final java.util.Set<String> RESERVED_CODES = java.util.Set.of("leader");

    private final EntityManager entityManager;
    private final PublicContentVersion publicVersion;

    DepartmentService(EntityManager entityManager, PublicContentVersion publicVersion) {
        this.entityManager = entityManager;
        this.publicVersion = publicVersion;
    }

    /** What a webmaster sends to create or change a department. */
    public record DepartmentInput(String code, String name, String kind, String intro, String orgCode, Integer sortOrder,
            Boolean visible) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Department> all() {
        return entityManager.createQuery("FROM Department ORDER BY kind, sortOrder, id", Department.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Department> visible() {
        return entityManager.createQuery("FROM Department WHERE visible = true ORDER BY kind, sortOrder, id",
                Department.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Department> byCode(String code) {
        return entityManager.createQuery("FROM Department WHERE code = :code", Department.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Department> byId(long id) {
        return Optional.ofNullable(entityManager.find(Department.class, id));
    }

    @Transactional
    public Department create(DepartmentInput input) {
        if (input == null || input.code() == null || !input.code().matches("[a-z][a-z0-9]{0,15}")) {
            throw new InvalidInputException("code", "部门代码须为 1 至 16 位小写字母和数字，以字母开头");
        }
        if (RESERVED_CODES.contains(input.code())) {
            throw new InvalidInputException("code", "部门代码“" + input.code() + "”已被领导信箱使用，请换一个");
        }
        if (byCode(input.code()).isPresent()) {
            throw new ConflictException("部门代码已存在：" + input.code());
        }
        Department department = new Department(input.code(), "待定", DepartmentKind.DEPARTMENT, null, 0);
        apply(department, input);
        entityManager.persist(department);
        publicVersion.changed();
        return department;
    }

    @Transactional
    public Department update(long id, DepartmentInput input) {
        Department department = byId(id).orElseThrow(() -> new NotFoundException("部门不存在"));
        apply(department, input);
        publicVersion.changed();
        return department;
    }

    private static void apply(Department department, DepartmentInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > 60) {
            throw new InvalidInputException("name", "部门名称不能为空，且不能超过 60 个字");
        }
        DepartmentKind kind;
        try {
            kind = input.kind() == null ? department.getKind() : DepartmentKind.valueOf(input.kind());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "类型应为 DEPARTMENT（部门）或 TOWNSHIP（乡镇、街道）");
        }
        String intro = input.intro() == null ? null : input.intro().strip();
        if (intro != null && intro.length() > 2000) {
            throw new InvalidInputException("intro", "简介不能超过 2000 个字");
        }
        String orgCode = input.orgCode() == null || input.orgCode().isBlank() ? null : input.orgCode().strip();
        if (orgCode != null && !orgCode.matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
            throw new InvalidInputException("orgCode", "统一社会信用代码应为 18 位数字或大写字母");
        }
        department.update(name, kind, intro, orgCode, input.sortOrder() == null ? department.getSortOrder() : input.sortOrder(),
                input.visible() == null || input.visible());
    }
}
