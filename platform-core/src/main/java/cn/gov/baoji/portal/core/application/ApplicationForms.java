package cn.gov.baoji.portal.core.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.tenant.TenantContext;

/**
 * The online application forms of the county's service items, which the webmaster edits without a
 * developer. A version no application used yet is changed in place; once one is used, saving makes
 * a new version, so that every application keeps (and is shown with) the form it was sent with.
 * Saving and sending serialise on the form's row, so an application never lands on a version being
 * rewritten.
 */
@ApplicationScoped
public class ApplicationForms {

    private static final Pattern SERVICE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]{0,39}");

    private final EntityManager em;
    private final TenantContext tenant;
    private final ApplicationClock clock;
    private final PublicContentVersion publicVersion;

    ApplicationForms(EntityManager em, TenantContext tenant, ApplicationClock clock, PublicContentVersion publicVersion) {
        this.em = em;
        this.tenant = tenant;
        this.clock = clock;
        this.publicVersion = publicVersion;
    }

    /** A form as the editor shows it. */
    public record Current(String serviceCode, Long versionId, int version, FormDefinition definition,
            List<String> resultFields, boolean used, List<VersionInfo> versions) {
    }

    /** One saved version and how many applications were sent with it. */
    public record VersionInfo(long id, int number, java.time.OffsetDateTime savedAt, String savedBy, long applications) {
    }

    /** The version an application is being sent with, read under a share lock of the form. */
    record Locked(ApplicationFormVersion version, FormDefinition definition) {
    }

    /** The form citizens fill in now; an item without one asks for the name and phone only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FormDefinition current(String serviceCode) {
        return form(serviceCode).flatMap(this::latest).map(v -> FormDefinitions.fromJson(v.definitionJson))
                .orElse(FormDefinition.EMPTY);
    }

    /** The form with its versions, for the editor (the webmaster). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Current edit(Actor actor, String serviceCode) {
        policy(actor).requireWebmaster();
        String code = code(serviceCode);
        Optional<ApplicationForm> form = form(code);
        if (form.isEmpty()) {
            return new Current(code, null, 0, FormDefinition.EMPTY, List.of(), false, List.of());
        }
        Optional<ApplicationFormVersion> latest = latest(form.get());
        List<VersionInfo> versions = em.createQuery("SELECT v.id, v.number, v.savedAt, v.savedBy,"
                + " (SELECT count(a) FROM Application a WHERE a.formVersionId = v.id)"
                + " FROM ApplicationFormVersion v WHERE v.formId = :f ORDER BY v.number DESC", Object[].class)
                .setParameter("f", form.get().getId()).getResultList().stream()
                .map(r -> new VersionInfo((Long) r[0], (Integer) r[1], ApplicationViews.local((java.time.OffsetDateTime) r[2]),
                        (String) r[3], (Long) r[4]))
                .toList();
        return new Current(code, latest.map(ApplicationFormVersion::getId).orElse(null),
                latest.map(ApplicationFormVersion::getNumber).orElse(0),
                latest.map(v -> FormDefinitions.fromJson(v.definitionJson)).orElse(FormDefinition.EMPTY),
                resultFields(form.get()), !versions.isEmpty() && versions.get(0).applications() > 0, versions);
    }

    /**
     * Saves the webmaster's form. Fields and files without a key are new and get fresh ones; the
     * result fields drop fields that are gone or may not be public.
     *
     * @return the saved version's number
     */
    @Transactional
    public int save(Actor actor, String serviceCode, FormDefinition edited) {
        policy(actor).requireWebmaster();
        String code = code(serviceCode);
        ApplicationForm form = form(code).map(f -> em.find(ApplicationForm.class, f.getId(), LockModeType.PESSIMISTIC_WRITE))
                .orElseGet(() -> {
                    ApplicationForm created = new ApplicationForm(code);
                    created.updatedAt = clock.now();
                    created.updatedBy = actor.name();
                    em.persist(created);
                    return created;
                });
        FormDefinition keyed = withKeys(edited, form);
        FormDefinition checked = FormDefinitions.check(keyed);
        form.highestKey = Math.max(form.highestKey, FormDefinitions.highestKey(checked));
        Optional<ApplicationFormVersion> latest = latest(form);
        boolean inPlace = latest.isPresent() && !used(latest.get());
        ApplicationFormVersion target = inPlace ? latest.get()
                : new ApplicationFormVersion(form.getId(), latest.map(v -> v.number + 1).orElse(1));
        target.definitionJson = FormDefinitions.toJson(checked);
        target.savedAt = clock.now();
        target.savedBy = actor.name();
        if (!inPlace) {
            em.persist(target);
        }
        form.resultFields = String.join(",", resultFields(form).stream()
                .filter(k -> checked.field(k).map(f -> !f.kind().personal()).orElse(false)).toList());
        form.updatedAt = target.savedAt;
        form.updatedBy = actor.name();
        // The item's public form page shows the new fields at once, not after the page cache expires.
        publicVersion.changed();
        return target.number;
    }

    /**
     * Chooses the fields of approved applications shown in the public results. ID numbers and
     * phone numbers never are.
     */
    @Transactional
    public List<String> setResultFields(Actor actor, String serviceCode, List<String> keys) {
        policy(actor).requireWebmaster();
        String code = code(serviceCode);
        ApplicationForm form = form(code).map(f -> em.find(ApplicationForm.class, f.getId(), LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("该事项还没有在线申报表单，请先保存表单。"));
        FormDefinition definition = latest(form).map(v -> FormDefinitions.fromJson(v.definitionJson)).orElse(FormDefinition.EMPTY);
        Set<String> chosen = new LinkedHashSet<>();
        for (String key : keys == null ? List.<String>of() : keys) {
            FormField field = definition.field(key == null ? "" : key.strip())
                    .orElseThrow(() -> new InvalidInputException("resultFields", "表单中没有这个填写项：" + key));
            if (field.kind().personal()) {
                throw new InvalidInputException("resultFields", "“" + field.label() + "”是" + field.kind().label()
                        + "，属于个人信息，不能公示");
            }
            chosen.add(field.key());
        }
        form.resultFields = String.join(",", chosen);
        form.updatedAt = clock.now();
        form.updatedBy = actor.name();
        publicVersion.changed();
        return List.copyOf(chosen);
    }

    /** The definition an application was sent with. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FormDefinition version(long versionId) {
        ApplicationFormVersion v = em.find(ApplicationFormVersion.class, versionId);
        if (v == null) {
            throw new NotFoundException("表单版本不存在");
        }
        return FormDefinitions.fromJson(v.definitionJson);
    }

    /** The result fields of each item that has a form, by item code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, List<String>> resultFieldsByService() {
        java.util.Map<String, List<String>> byCode = new java.util.HashMap<>();
        for (ApplicationForm f : em.createQuery("FROM ApplicationForm", ApplicationForm.class).getResultList()) {
            byCode.put(f.serviceCode, resultFields(f));
        }
        return byCode;
    }

    /** Inside the sending transaction: the current version, with the form locked against a rewrite until commit. */
    Locked lockForSending(String serviceCode, String by) {
        ApplicationForm form = form(serviceCode).map(f -> em.find(ApplicationForm.class, f.getId(), LockModeType.PESSIMISTIC_READ))
                .orElse(null);
        if (form == null) {
            // An item whose form was never edited still needs a version row to point at: an empty form.
            createEmpty(serviceCode, by);
            form = form(serviceCode).map(f -> em.find(ApplicationForm.class, f.getId(), LockModeType.PESSIMISTIC_READ))
                    .orElseThrow();
        }
        ApplicationFormVersion version = latest(form).orElseThrow();
        return new Locked(version, FormDefinitions.fromJson(version.definitionJson));
    }

    private void createEmpty(String code, String by) {
        ApplicationForm created = new ApplicationForm(code);
        created.updatedAt = clock.now();
        created.updatedBy = by;
        em.persist(created);
        ApplicationFormVersion first = new ApplicationFormVersion(created.getId(), 1);
        first.definitionJson = FormDefinitions.toJson(FormDefinition.EMPTY);
        first.savedAt = created.updatedAt;
        first.savedBy = by;
        em.persist(first);
        em.flush();
    }

    private FormDefinition withKeys(FormDefinition edited, ApplicationForm form) {
        if (edited == null) {
            throw new InvalidInputException("fields", "表单内容不能为空");
        }
        int next = Math.max(form.highestKey, FormDefinitions.highestKey(edited));
        List<FormField> fields = new ArrayList<>();
        for (FormField f : edited.fields()) {
            fields.add(f != null && (f.key() == null || f.key().isBlank())
                    ? new FormField("f" + (++next), f.label(), f.kind(), f.required(), f.maxLength(), f.choices(), f.hint()) : f);
        }
        List<RequiredFile> files = new ArrayList<>();
        for (RequiredFile f : edited.files()) {
            files.add(f != null && (f.key() == null || f.key().isBlank())
                    ? new RequiredFile("a" + (++next), f.name(), f.required(), f.types()) : f);
        }
        return new FormDefinition(fields, files);
    }

    private boolean used(ApplicationFormVersion version) {
        return em.createQuery("SELECT count(a) FROM Application a WHERE a.formVersionId = :v", Long.class)
                .setParameter("v", version.getId()).getSingleResult() > 0;
    }

    private Optional<ApplicationForm> form(String code) {
        return em.createQuery("FROM ApplicationForm WHERE serviceCode = :c", ApplicationForm.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    private Optional<ApplicationFormVersion> latest(ApplicationForm form) {
        return em.createQuery("FROM ApplicationFormVersion WHERE formId = :f ORDER BY number DESC", ApplicationFormVersion.class)
                .setParameter("f", form.getId()).setMaxResults(1).getResultStream().findFirst();
    }

    private static List<String> resultFields(ApplicationForm form) {
        return form.resultFields == null || form.resultFields.isBlank() ? List.of()
                : Arrays.stream(form.resultFields.split(",")).filter(s -> !s.isBlank()).toList();
    }

    static String code(String serviceCode) {
        String code = serviceCode == null ? "" : serviceCode.strip();
        if (!SERVICE_CODE.matcher(code).matches()) {
            throw new NotFoundException("事项不存在");
        }
        return code;
    }

    private ApplicationPolicy policy(Actor actor) {
        return new ApplicationPolicy(tenant.require().code(), actor);
    }
}
