package cn.gov.baoji.portal.web.application;

import static cn.gov.baoji.portal.web.application.ApplicationFixtures.DEPARTMENT;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.ITEM;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.OTHER_ITEM;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.officer;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.webmaster;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.application.ApplicationClock;
import cn.gov.baoji.portal.core.application.ApplicationDesk;
import cn.gov.baoji.portal.core.application.ApplicationDetail;
import cn.gov.baoji.portal.core.application.ApplicationFigures;
import cn.gov.baoji.portal.core.application.ApplicationForms;
import cn.gov.baoji.portal.core.application.ApplicationGuides;
import cn.gov.baoji.portal.core.application.ApplicationInput;
import cn.gov.baoji.portal.core.application.ApplicationLookup;
import cn.gov.baoji.portal.core.application.ApplicationQueues;
import cn.gov.baoji.portal.core.application.ApplicationWorkflow;
import cn.gov.baoji.portal.core.application.GuideTerms;
import cn.gov.baoji.portal.core.application.Upload;
import cn.gov.baoji.portal.core.calendar.CalendarDay;
import cn.gov.baoji.portal.core.calendar.CityCalendar;
import cn.gov.baoji.portal.core.calendar.DayKind;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.service.ServiceCatalogue;
import cn.gov.baoji.portal.core.service.ServiceGuides;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.core.time.ChinaTime;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.TestClock;

/**
 * An application's whole life with the clock moved to known days of autumn 2031, around a 国庆
 * holiday listed for the test (Oct 1-7 off, Saturdays Sep 27 and Oct 11 worked): received, accepted,
 * material requested (the clock stops), added, approved on a worked Saturday and rated; a second one
 * goes overdue and is refused; the figures are compared with values counted by hand.
 */
@QuarkusTest
class ApplicationLifecycleTest {

    private static final String FLOW = "appflow";
    private static final String SEEN = "appseen";
    private static boolean provisioned;
    private String county = FLOW;

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
    ApplicationFigures figures;

    @Inject
    CityCalendar calendar;

    @Inject
    TestClock clock;

    private final List<LocalDate> listed = new ArrayList<>();

    @BeforeEach
    void counties() {
        if (!provisioned) {
            for (String[] c : new String[][] { { FLOW, "办件区", "619971" }, { SEEN, "查看区", "619972" } }) {
                Counties.provision(provisioner, c[0], c[1], c[2], "classic");
                ApplicationFixtures.openItems(catalogue, guides, scope, c[0]);
                scope.call(TenantCode.of(c[0]), () -> forms.save(webmaster(c[0]), ITEM, ApplicationFixtures.form()));
            }
            provisioned = true;
        }
    }

    @AfterEach
    void resetClockAndCalendar() {
        clock.reset();
        listed.forEach(calendar::remove);
        listed.clear();
    }

    @Test
    void materialRequestStopsTheClockAcrossTheHolidayAndTheWorkedSaturday() {
        holidays(workday(2031, 9, 27), holiday(2031, 10, 1), holiday(2031, 10, 2), holiday(2031, 10, 3), holiday(2031, 10, 4),
                holiday(2031, 10, 5), holiday(2031, 10, 6), holiday(2031, 10, 7), workday(2031, 10, 11));

        // Thursday Sep 25: five working days are Fri 26, Sat 27 (worked), Mon 29, Tue 30 and, after the holiday, Wed Oct 8.
        at("2031-09-25T10:00");
        String a = submit(ITEM, "13800131001");
        ApplicationDetail first = detail(a);
        assertThat(first.dueOn()).isEqualTo(LocalDate.of(2031, 10, 8));
        assertThat(first.daysLeft()).isEqualTo(5);
        at("2031-09-25T14:00");
        String b = submit(ITEM, "13800131002");
        at("2031-09-26T08:30");
        String c = submit(OTHER_ITEM, "13800131003");
        assertThat(first.stateLabel()).isEqualTo("待受理");
        assertThat(first.values()).extracting(ApplicationDetail.Value::label).containsExactly("项目名称", "总投资（万元）", "计划开工日期",
                "建设性质", "法定代表人身份证号码", "联系人手机");
        assertThat(first.files()).extracting(ApplicationDetail.FileInfo::label).containsExactly("项目备案申请表");

        at("2031-09-26T09:00");
        ApplicationDetail accepted = in(() -> workflow.accept(first.id(), officer(county, DEPARTMENT), "材料齐全，予以受理"));
        assertThat(accepted.stateLabel()).isEqualTo("办理中");
        assertThat(accepted.daysLeft()).isEqualTo(4);

        // Monday Sep 29, three working days used (Fri, worked Sat, Mon): the officer asks for more material.
        at("2031-09-29T10:00");
        ApplicationDetail waiting = in(() -> workflow.requestMaterial(first.id(), officer(county, DEPARTMENT),
                "请补充项目用地预审意见"));
        assertThat(waiting.stateLabel()).isEqualTo("待补正材料");
        assertThat(waiting.paused()).isTrue();
        assertThat(waiting.daysLeft()).isNull();
        assertThat(waiting.dueOn()).isNull();
        ApplicationLookup seen = in(() -> desk.lookup(a, "13800131001")).orElseThrow();
        assertThat(seen.canSupplement()).isTrue();
        assertThat(seen.materialRequest()).isEqualTo("请补充项目用地预审意见");
        assertThat(seen.timeline()).extracting(ApplicationLookup.Step::label, ApplicationLookup.Step::by)
                .containsExactly(tuple("提交申请", "申请人"), tuple("受理", first.departmentName()),
                        tuple("要求补正材料", first.departmentName()));

        // Thursday Oct 9: past the first due date, but the clock stands still, so not overdue; the other one is.
        at("2031-10-09T09:00");
        assertThat(detail(a).overdue()).isFalse();
        ApplicationDetail late = detail(b);
        assertThat(late.overdue()).isTrue();
        assertThat(late.daysLeft()).isEqualTo(-1);
        ApplicationQueues.Counts counts = in(() -> queues.counts(officer(county, DEPARTMENT)));
        assertThat(counts).extracting(ApplicationQueues.Counts::awaitingAcceptance, ApplicationQueues.Counts::open,
                ApplicationQueues.Counts::awaitingMaterial, ApplicationQueues.Counts::overdue).containsExactly(2L, 3L, 1L, 1L);
        assertThat(in(() -> queues.list(officer(county, DEPARTMENT), new ApplicationQueues.Filter(null, null, true, null, 1, 20)))
                .items()).extracting(r -> r.trackingNumber().replace("-", "")).containsExactly(b);
        ApplicationDetail refused = in(() -> workflow.refuse(late.id(), officer(county, DEPARTMENT), "项目不属于本级备案权限"));
        assertThat(refused.stateLabel()).isEqualTo("已办结（不予办理）");
        assertThat(refused.elapsedDays()).isEqualTo(6);
        assertThat(refused.onTime()).isFalse();

        // Friday Oct 10 the applicant brings it: the clock stood still Tue 30, Wed 8, Thu 9 and Fri 10.
        at("2031-10-10T15:00");
        ApplicationLookup supplied = in(() -> desk.supplement(a, "138 0013 1001", "已补充用地预审意见",
                List.of(new Upload("files", "用地预审意见.pdf", ApplicationFixtures.PDF))));
        assertThat(supplied.stateLabel()).isEqualTo("办理中");
        ApplicationDetail back = detail(a);
        assertThat(back.pausedDays()).isEqualTo(4);
        // Sat Oct 11 (worked) and Mon Oct 13 remain.
        assertThat(back.dueOn()).isEqualTo(LocalDate.of(2031, 10, 13));
        assertThat(back.daysLeft()).isEqualTo(2);
        assertThat(back.files()).extracting(ApplicationDetail.FileInfo::label).containsExactly("项目备案申请表", "补正材料");
        assertThatThrownBy(() -> in(() -> desk.supplement(a, "13800131001", "再补一次", List.of())))
                .isInstanceOf(ConflictException.class);

        // Approved on the worked Saturday: four working days used.
        at("2031-10-11T11:00");
        ApplicationDetail approved = in(() -> workflow.approve(first.id(), officer(county, DEPARTMENT), "准予备案，备案证明已发送"));
        assertThat(approved.stateLabel()).isEqualTo("已办结（准予办理）");
        assertThat(approved.elapsedDays()).isEqualTo(4);
        assertThat(approved.onTime()).isTrue();
        assertThat(approved.events()).extracting(ApplicationDetail.Event::stepLabel, ApplicationDetail.Event::actorName,
                ApplicationDetail.Event::comment).containsExactly(
                        tuple("提交申请", "申请人", null), tuple("受理", "zfb信息员", "材料齐全，予以受理"),
                        tuple("要求补正材料", "zfb信息员", "请补充项目用地预审意见"), tuple("补正材料", "申请人", "已补充用地预审意见"),
                        tuple("准予办理", "zfb信息员", "准予备案，备案证明已发送"));
        assertThat(approved.events()).extracting(e -> e.at().toLocalDate()).containsExactly(LocalDate.of(2031, 9, 25),
                LocalDate.of(2031, 9, 26), LocalDate.of(2031, 9, 29), LocalDate.of(2031, 10, 10), LocalDate.of(2031, 10, 11));
        assertThatThrownBy(() -> in(() -> workflow.refuse(first.id(), officer(county, DEPARTMENT), "改变主意")))
                .isInstanceOf(ConflictException.class).hasMessage("申报件处于“已办结（准予办理）”状态，不能作不予办理决定。");

        // The applicants rate, once each.
        in(() -> desk.rate(a, "13800131001", 4, "办理很快"));
        in(() -> desk.rate(b, "13800131002", 1, null));
        assertThatThrownBy(() -> in(() -> desk.rate(a, "13800131001", 5, null))).isInstanceOf(ConflictException.class)
                .hasMessage("这件申报已经评价过了，每件申报只能评价一次。");
        assertThatThrownBy(() -> in(() -> desk.rate(c, "13800131003", 5, null))).isInstanceOf(ConflictException.class)
                .hasMessage("办结后才能评价。");
        assertThat(in(() -> desk.lookup(a, "13800131001")).orElseThrow().rating()).isEqualTo("满意");

        // Figures of 2031, counted by hand: zfb received 3, decided 2 (4 and 6 working days), 1 on time;
        // two ratings, 满意 (4) and 非常不满意 (1): 50.0% satisfied, average 2.50.
        ApplicationFigures.Period year = in(() -> figures.stats()).thisYear();
        assertThat(year.from()).isEqualTo(LocalDate.of(2031, 1, 1));
        assertThat(year.departments()).singleElement().satisfies(r -> assertRow(r, DEPARTMENT, 3, 2, 1, "5.0", 2, "50.0", "2.50"));
        assertThat(year.items()).hasSize(2);
        assertRow(year.items().get(0), ITEM, 2, 2, 1, "5.0", 2, "50.0", "2.50");
        assertRow(year.items().get(1), OTHER_ITEM, 1, 0, 0, null, 0, null, null);
        assertRow(year.total(), null, 3, 2, 1, "5.0", 2, "50.0", "2.50");
        // Last month (September 2031) received all three as well.
        assertThat(in(() -> figures.stats()).lastMonth().total().received()).isEqualTo(3);
    }

    @Test
    void onlyTheHandlingDepartmentAndTheWebmasterSeeApplications() {
        county = SEEN;
        String number = submit(ITEM, "13800131101");
        long id = detail(number).id();
        assertThat(in(() -> queues.detail(webmaster(county), id)).phone()).isEqualTo("13800131101");
        assertThatThrownBy(() -> in(() -> queues.detail(officer(county, "czj"), id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> in(() -> workflow.accept(id, officer(county, "czj"), null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> in(() -> queues.list(ApplicationFixtures.countyEditor(county),
                new ApplicationQueues.Filter(null, null, null, null, 1, 20)))).isInstanceOf(AccessDeniedException.class);
        assertThat(in(() -> queues.counts(ApplicationFixtures.countyEditor(county))).handles()).isFalse();
        assertThat(in(() -> queues.list(officer(county, "czj"), new ApplicationQueues.Filter(null, null, null, null, 1, 20)))
                .items()).isEmpty();
        // Another county's people and lookups never reach it.
        // Ids count per county: the same id elsewhere, if it exists, is another county's own application.
        assertThat(scope.call(TenantCode.of("weibin"), () -> queues.byTrackingNumber(webmaster("weibin"), number))).isEmpty();
        try {
            assertThat(scope.call(TenantCode.of("weibin"), () -> queues.detail(webmaster("weibin"), id)).phone())
                    .isNotEqualTo("13800131101");
        } catch (NotFoundException none) {
            // No application with this id there at all.
        }
        assertThat(scope.call(TenantCode.of("weibin"), () -> desk.lookup(number, "13800131101"))).isEmpty();
        // A wrong phone finds nothing, like an unknown number.
        assertThat(in(() -> desk.lookup(number, "13800131102"))).isEmpty();
        assertThat(in(() -> desk.lookup(number.substring(0, 8) + "ABCDEFGH", "13800131101"))).isEmpty();
    }

    private static void assertRow(ApplicationFigures.Row row, String code, long received, long completed, long onTime,
            String average, long rated, String satisfied, String score) {
        assertThat(row.code()).isEqualTo(code);
        assertThat(row).extracting(ApplicationFigures.Row::received, ApplicationFigures.Row::completed,
                ApplicationFigures.Row::onTime, ApplicationFigures.Row::averageWorkingDays, ApplicationFigures.Row::rated,
                ApplicationFigures.Row::satisfiedPercent, ApplicationFigures.Row::averageScore)
                .containsExactly(received, completed, onTime, average == null ? null : new BigDecimal(average), rated,
                        satisfied == null ? null : new BigDecimal(satisfied), score == null ? null : new BigDecimal(score));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private String submit(String item, String phone) {
        GuideTerms guide = in(() -> applicationGuides.open(item)).orElseThrow();
        Map<String, String> values = item.equals(ITEM) ? ApplicationFixtures.values() : Map.of();
        List<Upload> files = item.equals(ITEM) ? List.of(new Upload("a7", "备案申请表.pdf", ApplicationFixtures.PDF)) : List.of();
        return in(() -> desk.submit(guide, new ApplicationInput("宝鸡秦川智造有限公司", phone, values), files,
                "test-" + UUID.randomUUID(), () -> {
                }));
    }

    private ApplicationDetail detail(String number) {
        return in(() -> queues.byTrackingNumber(webmaster(county), number)).orElseThrow();
    }

    private void holidays(CalendarDay... days) {
        for (CalendarDay day : days) {
            calendar.put(day);
            listed.add(day.day());
        }
    }

    private static CalendarDay holiday(int y, int m, int d) {
        return new CalendarDay(LocalDate.of(y, m, d), DayKind.HOLIDAY, "国庆节");
    }

    private static CalendarDay workday(int y, int m, int d) {
        return new CalendarDay(LocalDate.of(y, m, d), DayKind.WORKDAY, "国庆节调休");
    }

    /** Moves the application's clock to a Beijing time. */
    private void at(String beijingTime) {
        clock.reset();
        clock.advance(Duration.between(clock.instant(), LocalDateTime.parse(beijingTime).atZone(ChinaTime.ZONE).toInstant()));
    }

    private <T> T in(Supplier<T> work) {
        return scope.call(TenantCode.of(county), work);
    }
}
