package cn.gov.baoji.portal.web.application;

import static cn.gov.baoji.portal.web.application.ApplicationFixtures.ITEM;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.officer;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.webmaster;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.application.ApplicationDesk;
import cn.gov.baoji.portal.core.application.ApplicationDetail;
import cn.gov.baoji.portal.core.application.ApplicationForms;
import cn.gov.baoji.portal.core.application.ApplicationGuides;
import cn.gov.baoji.portal.core.application.ApplicationInput;
import cn.gov.baoji.portal.core.application.ApplicationQueues;
import cn.gov.baoji.portal.core.application.ApplicationResults;
import cn.gov.baoji.portal.core.application.ApplicationWorkflow;
import cn.gov.baoji.portal.core.application.FieldKind;
import cn.gov.baoji.portal.core.application.FormDefinition;
import cn.gov.baoji.portal.core.application.FormField;
import cn.gov.baoji.portal.core.application.GuideTerms;
import cn.gov.baoji.portal.core.application.PublicResult;
import cn.gov.baoji.portal.core.application.Upload;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.service.ServiceCatalogue;
import cn.gov.baoji.portal.core.service.ServiceGuides;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.Counties;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The webmaster changes a form after applications were sent with it: a new version is made, the
 * sent applications keep theirs (labels, values, what the results show), and a version nobody used
 * yet is simply changed. Which fields the results show is the webmaster's choice, never an ID number
 * or a phone.
 */
@QuarkusTest
class ApplicationFormVersionTest {

    private static final String COUNTY = "appvers";
    private static boolean provisioned;

    @Inject
    TenantScope scope;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ServiceGuides guides;

    @Inject
    ApplicationGuides applicationGuides;

    @Inject
    ApplicationForms forms;

    @Inject
    ApplicationDesk desk;

    @Inject
    ApplicationWorkflow workflow;

    @Inject
    ApplicationQueues queues;

    @Inject
    ApplicationResults results;

    @BeforeEach
    void county() {
        if (!provisioned) {
            Counties.provision(provisioner, COUNTY, "版本区", "619973", "classic");
            ApplicationFixtures.openItems(catalogue, guides, scope, COUNTY);
            provisioned = true;
        }
    }

    @Test
    void aFormChangedAfterSubmissionsLeavesThemAsTheyWere() {
        assertThat(in(() -> forms.save(webmaster(COUNTY), ITEM, ApplicationFixtures.form()))).isEqualTo(1);
        // Unused: saving again (as the editor does, with the keys it was given) changes version 1 in place.
        assertThat(in(() -> forms.save(webmaster(COUNTY), ITEM, forms.current(ITEM)))).isEqualTo(1);
        assertThat(in(() -> forms.current(ITEM)).fields()).extracting(FormField::key).containsExactly("f1", "f2", "f3", "f4", "f5",
                "f6");
        in(() -> forms.setResultFields(webmaster(COUNTY), ITEM, List.of("f1", "f4")));
        assertThatThrownBy(() -> in(() -> forms.setResultFields(webmaster(COUNTY), ITEM, List.of("f5"))))
                .isInstanceOf(InvalidInputException.class).hasMessage("“法定代表人身份证号码”是居民身份证号码，属于个人信息，不能公示");
        assertThatThrownBy(() -> in(() -> forms.setResultFields(webmaster(COUNTY), ITEM, List.of("f6"))))
                .hasMessage("“联系人手机”是手机号码，属于个人信息，不能公示");
        assertThatThrownBy(() -> in(() -> forms.save(officer(COUNTY, "zfb"), ITEM, ApplicationFixtures.form())))
                .isInstanceOf(AccessDeniedException.class);

        String first = submit(ApplicationFixtures.values(), "13800141001");
        long firstId = detail(first).id();

        // The webmaster renames the project field, drops 建设性质 and adds a required field.
        FormDefinition v1 = in(() -> forms.current(ITEM));
        List<FormField> fields = new ArrayList<>(v1.fields());
        FormField name = fields.get(0);
        fields.set(0, new FormField(name.key(), "备案项目名称", name.kind(), true, 80, List.of(), null));
        fields.remove(3);
        fields.add(new FormField(null, "项目所在乡镇", FieldKind.TEXT, true, 30, List.of(), null));
        assertThat(in(() -> forms.save(webmaster(COUNTY), ITEM, new FormDefinition(fields, v1.files())))).isEqualTo(2);
        FormDefinition v2 = in(() -> forms.current(ITEM));
        assertThat(v2.fields()).extracting(FormField::key).containsExactly("f1", "f2", "f3", "f5", "f6", "f9");
        // The dropped field left the results; the renamed one stays chosen.
        assertThat(in(() -> forms.edit(webmaster(COUNTY), ITEM)).resultFields()).containsExactly("f1");

        // The first application still shows the form it was sent with.
        ApplicationDetail old = in(() -> queues.detail(webmaster(COUNTY), firstId));
        assertThat(old.formVersion()).isEqualTo(1);
        assertThat(old.values()).extracting(ApplicationDetail.Value::label, ApplicationDetail.Value::value).startsWith(
                org.assertj.core.groups.Tuple.tuple("项目名称", "宝鸡市渭滨区智能制造产业园二期"),
                org.assertj.core.groups.Tuple.tuple("总投资（万元）", "12000"),
                org.assertj.core.groups.Tuple.tuple("计划开工日期", "2027-03-01"),
                org.assertj.core.groups.Tuple.tuple("建设性质", "新建"));

        // New applications need the new field; values of the dropped one are not kept.
        Map<String, String> newValues = new java.util.HashMap<>(ApplicationFixtures.values());
        assertThat(in(() -> desk.problems(guide(), new ApplicationInput("宝鸡秦川智造有限公司", "13800141002", newValues),
                List.of(new Upload("a7", "表.pdf", ApplicationFixtures.PDF))))).containsOnlyKeys("f9");
        newValues.put("f9", "石鼓镇");
        String second = submit(newValues, "13800141002");
        ApplicationDetail fresh = detail(second);
        assertThat(fresh.formVersion()).isEqualTo(2);
        assertThat(fresh.values()).extracting(ApplicationDetail.Value::label).containsExactly("备案项目名称", "总投资（万元）", "计划开工日期",
                "法定代表人身份证号码", "联系人手机", "项目所在乡镇");

        // Version 2 is used now: the next change is version 3, and version 1 and 2 applications are unchanged.
        assertThat(in(() -> forms.save(webmaster(COUNTY), ITEM, v1))).isEqualTo(3);
        assertThat(in(() -> forms.edit(webmaster(COUNTY), ITEM)).versions()).extracting(ApplicationForms.VersionInfo::number,
                ApplicationForms.VersionInfo::applications).containsExactly(org.assertj.core.groups.Tuple.tuple(3, 0L),
                        org.assertj.core.groups.Tuple.tuple(2, 1L), org.assertj.core.groups.Tuple.tuple(1, 1L));
        assertThat(in(() -> queues.detail(webmaster(COUNTY), firstId)).values().get(0).label()).isEqualTo("项目名称");
        assertThat(in(() -> queues.detail(webmaster(COUNTY), fresh.id())).values().get(0).label()).isEqualTo("备案项目名称");

        // Approved, both show in the results with the chosen field as their own version names it, and nothing personal.
        in(() -> workflow.accept(firstId, officer(COUNTY, "zfb"), null));
        in(() -> workflow.approve(firstId, officer(COUNTY, "zfb"), "准予备案"));
        in(() -> workflow.accept(fresh.id(), officer(COUNTY, "zfb"), null));
        in(() -> workflow.approve(fresh.id(), officer(COUNTY, "zfb"), "准予备案"));
        in(() -> forms.setResultFields(webmaster(COUNTY), ITEM, List.of("f1", "f2")));
        List<PublicResult> shown = in(() -> results.list(1, 20)).items();
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).fields()).extracting(PublicResult.Shown::label, PublicResult.Shown::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("备案项目名称", "宝鸡市渭滨区智能制造产业园二期"),
                org.assertj.core.groups.Tuple.tuple("总投资（万元）", "12000"));
        assertThat(shown.get(1).fields()).extracting(PublicResult.Shown::label).containsExactly("项目名称", "总投资（万元）");
        assertThat(shown.toString()).doesNotContain(ApplicationFixtures.idNumber(), "13800141001", "13800141002", "13900000009",
                "宝鸡秦川智造有限公司", first, second);
    }

    private GuideTerms guide() {
        return in(() -> applicationGuides.open(ITEM)).orElseThrow();
    }

    private String submit(Map<String, String> values, String phone) {
        GuideTerms guide = guide();
        return in(() -> desk.submit(guide, new ApplicationInput("宝鸡秦川智造有限公司", phone, values),
                List.of(new Upload("a7", "备案申请表.pdf", ApplicationFixtures.PDF)), "test-" + UUID.randomUUID(), () -> {
                }));
    }

    private ApplicationDetail detail(String number) {
        return in(() -> queues.byTrackingNumber(webmaster(COUNTY), number)).orElseThrow();
    }

    private <T> T in(Supplier<T> work) {
        return scope.call(TenantCode.of(COUNTY), work);
    }
}
