package cn.gov.baoji.portal.core.application;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.baoji.portal.core.content.FileDigests;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.tenant.TenantContext;

/** Lookups and records shared by the application services; everything runs in the current county's schema. */
@ApplicationScoped
class Applications {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager em;
    private final DepartmentService departments;
    private final TenantContext tenant;
    private final ApplicationClock clock;

    Applications(EntityManager em, DepartmentService departments, TenantContext tenant, ApplicationClock clock) {
        this.em = em;
        this.departments = departments;
        this.tenant = tenant;
        this.clock = clock;
    }

    Application require(long id) {
        Application a = em.find(Application.class, id);
        if (a == null) {
            throw new NotFoundException("申报件不存在");
        }
        return a;
    }

    ApplicationPolicy policy(Actor actor) {
        return new ApplicationPolicy(tenant.require().code(), actor);
    }

    /** The application with this tracking number and phone; an unknown number and a wrong phone alike find nothing. */
    Optional<Application> byNumberAndPhone(String trackingNumber, String phone) {
        Optional<String> number = TrackingNumbers.normalize(trackingNumber);
        String mobile = ApplicationRules.phone(phone);
        if (number.isEmpty() || mobile.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("FROM Application a WHERE a.trackingNumber = :n AND a.phone = :p", Application.class)
                .setParameter("n", number.get()).setParameter("p", mobile).getResultStream().findFirst();
    }

    String departmentName(String code) {
        return departments.byCode(code).map(Department::getName).orElse(code);
    }

    Map<String, String> departmentNames() {
        Map<String, String> names = new LinkedHashMap<>();
        departments.all().forEach(d -> names.put(d.getCode(), d.getName()));
        return names;
    }

    ApplicationEvent record(Application a, ApplicationStep step, Actor actor, OffsetDateTime at, String comment) {
        ApplicationEvent event = new ApplicationEvent(a.getId(), step, actor.subject(), actor.name(), at, comment);
        em.persist(event);
        return event;
    }

    void store(Application a, ApplicationEvent event, List<ApplicationRules.CheckedFile> files, OffsetDateTime at) {
        if (files.isEmpty()) {
            return;
        }
        em.flush();
        for (ApplicationRules.CheckedFile f : files) {
            ApplicationFile file = new ApplicationFile();
            file.applicationId = a.getId();
            file.eventId = event.getId();
            file.field = f.field();
            file.label = f.label().length() > 60 ? f.label().substring(0, 60) : f.label();
            file.fileName = f.fileName();
            file.contentType = f.contentType();
            file.sizeBytes = f.bytes().length;
            file.sha256 = FileDigests.sha256(f.bytes());
            file.createdAt = at;
            em.persist(file);
            em.flush();
            em.persist(new ApplicationFileContent(file.getId(), f.bytes()));
        }
    }

    static String valuesJson(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Writing application values failed", e);
        }
    }

    static Map<String, String> values(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored application values are not readable", e);
        }
    }

    ApplicationClock clock() {
        return clock;
    }
}
