package cn.gov.baoji.portal.core.service;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.baoji.portal.core.content.FileDigests;
import cn.gov.baoji.portal.core.content.UploadPolicy;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.service.ServiceSeed.GuideSeed;
import cn.gov.baoji.portal.core.tenant.TenancyConfig;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner.TenantProvisioned;
import cn.gov.baoji.portal.core.tenant.TenantSchemaUpgraded;
import cn.gov.baoji.portal.core.tenant.TenantScope;

/**
 * The service catalogue a platform starts with, and (with {@code portal.tenancy.seed.demo-content})
 * published demonstration guides with a blank form each, so a fresh portal's 办事服务 shows something.
 * Without demo content the first release has the life events only; the city office adds the items.
 * Runs after the county's departments exist (they are the guides' responsible departments).
 */
@ApplicationScoped
class DemoServices {

    private final ServiceCatalogue catalogue;
    private final TenantScope scope;
    private final TenantDirectory directory;
    private final EntityManager em;
    private final DepartmentService departments;
    private final Clock clock;
    private final boolean demoContent;
    private volatile ServiceSeed seed;

    DemoServices(ServiceCatalogue catalogue, TenantScope scope, TenantDirectory directory, EntityManager em,
            DepartmentService departments, Clock clock, TenancyConfig config) {
        this.catalogue = catalogue;
        this.scope = scope;
        this.directory = directory;
        this.em = em;
        this.departments = departments;
        this.clock = clock;
        this.demoContent = config.seed().demoContent();
    }

    void onProvisioned(@Observes @Priority(3000) TenantProvisioned event) {
        fill(event.code());
    }

    void onUpgraded(@Observes @Priority(3000) TenantSchemaUpgraded event) {
        fill(event.code());
    }

    private void fill(TenantCode code) {
        seedCatalogue();
        if (demoContent) {
            directory.findByCode(code).ifPresent(t -> scope.run(t.code(), () -> guides(t)));
        }
    }

    void seedCatalogue() {
        if (catalogue.current().version() > 0) {
            return;
        }
        CatalogueInput full = seed().catalogue();
        catalogue.seed(demoContent ? full : new CatalogueInput(full.events(), List.of()));
    }

    /** Publishes the demonstration guides the county lacks, unless it has guides already. */
    @Transactional
    void guides(TenantInfo tenant) {
        if (em.createQuery("SELECT count(g) FROM ServiceGuide g", Long.class).getSingleResult() > 0) {
            return;
        }
        ServiceRelease release = catalogue.current();
        OffsetDateTime now = OffsetDateTime.now(clock).withNano(0);
        for (GuideSeed s : seed().guides()) {
            ServiceItem item = release.item(s.item()).filter(i -> i.offeredBy(tenant.code().value())).orElse(null);
            if (item == null || departments.byCode(s.department()).isEmpty()) {
                continue;
            }
            ServiceGuide g = new ServiceGuide(item.code());
            g.conditions = fill(s.conditions(), tenant);
            g.materials = fill(s.materials(), tenant);
            g.place = fill(s.place(), tenant);
            g.hours = fill(s.hours(), tenant);
            g.phone = s.phone();
            g.process = fill(s.process(), tenant);
            g.fees = s.fees();
            g.timeLimitDays = s.timeLimitDays();
            g.departmentCode = s.department();
            g.window = fill(s.window(), tenant);
            g.onlineApply = Boolean.TRUE.equals(s.online());
            g.published = true;
            g.publishedAt = now;
            g.updatedBy = tenant.name() + "政务服务中心";
            g.updatedAt = now;
            em.persist(g);
            em.flush();
            String fileName = item.name() + "申请表.docx";
            byte[] bytes = DocxForm.blank(item.name() + "申请表", List.of("申请人姓名", "公民身份号码", "联系电话",
                    "联系地址", "申请事项", "申请理由"));
            UploadPolicy.Accepted accepted = FormFiles.check(fileName, bytes);
            ServiceForm form = new ServiceForm(g.getId(), ServiceForm.Kind.BLANK, item.name() + "申请表",
                    accepted.fileName(), accepted.contentType(), bytes.length, FileDigests.sha256(bytes), g.updatedBy, now);
            em.persist(form);
            em.flush();
            em.persist(new ServiceFormContent(form.getId(), bytes));
        }
    }

    private static String fill(String text, TenantInfo tenant) {
        return text == null ? null : text.replace("{county}", tenant.name());
    }

    private ServiceSeed seed() {
        if (seed == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("seed/services.json")) {
                seed = new ObjectMapper().readValue(in, ServiceSeed.class);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read seed/services.json", e);
            }
        }
        return seed;
    }
}
