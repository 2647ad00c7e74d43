package cn.gov.baoji.portal.web.evaluation;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.application.ApplicationDesk;
import cn.gov.baoji.portal.core.application.ApplicationGuides;
import cn.gov.baoji.portal.core.application.ApplicationInput;
import cn.gov.baoji.portal.core.application.ApplicationQueues;
import cn.gov.baoji.portal.core.application.ApplicationWorkflow;
import cn.gov.baoji.portal.core.application.GuideTerms;
import cn.gov.baoji.portal.core.consultation.CommentInput;
import cn.gov.baoji.portal.core.consultation.CommentIntake;
import cn.gov.baoji.portal.core.consultation.ConsultationInput;
import cn.gov.baoji.portal.core.consultation.ConsultationService;
import cn.gov.baoji.portal.core.content.ArticleInput;
import cn.gov.baoji.portal.core.content.ArticleService;
import cn.gov.baoji.portal.core.content.ArticleWorkflow;
import cn.gov.baoji.portal.core.message.MessageBoard;
import cn.gov.baoji.portal.core.message.MessageInput;
import cn.gov.baoji.portal.core.message.MessageQueues;
import cn.gov.baoji.portal.core.message.MessageWorkflow;
import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.service.ServiceCatalogue;
import cn.gov.baoji.portal.core.service.ServiceGuides;
import cn.gov.baoji.portal.core.stats.PageViewCounter;
import cn.gov.baoji.portal.core.stats.PageViewTarget;
import cn.gov.baoji.portal.core.survey.AnswerInput;
import cn.gov.baoji.portal.core.survey.QuestionInput;
import cn.gov.baoji.portal.core.survey.SurveyAnswering;
import cn.gov.baoji.portal.core.survey.SurveyEditor;
import cn.gov.baoji.portal.core.survey.SurveySettings;
import cn.gov.baoji.portal.core.survey.SurveyView;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.application.ApplicationFixtures;
import cn.gov.baoji.portal.web.support.Altcha;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.TestAccounts;
import cn.gov.baoji.portal.web.support.TestClock;

/**
 * Puts the evaluation tests' known data set into a county through the services people use: each
 * step at a Beijing time the test chooses (the clock is moved there), so the figures can be
 * computed by hand.
 */
@ApplicationScoped
class EvaluationData {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger NUMBER = new AtomicInteger(1);
    static final String A = "evala";
    static final String B = "evalb";

    private final TestClock clock;
    private final TenantScope scope;
    private final ArticleService articles;
    private final ArticleWorkflow articleWorkflow;
    private final MessageBoard board;
    private final MessageQueues messageQueues;
    private final MessageWorkflow messageWorkflow;
    private final ServiceCatalogue catalogue;
    private final ServiceGuides guides;
    private final ApplicationGuides applicationGuides;
    private final ApplicationDesk desk;
    private final ApplicationQueues applicationQueues;
    private final ApplicationWorkflow applicationWorkflow;
    private final SurveyEditor surveyEditor;
    private final SurveyAnswering answering;
    private final ConsultationService consultations;
    private final CommentIntake comments;
    private final PageViewCounter views;
    private long mostRead;

    EvaluationData(TestClock clock, TenantScope scope, ArticleService articles, ArticleWorkflow articleWorkflow,
            MessageBoard board, MessageQueues messageQueues, MessageWorkflow messageWorkflow, ServiceCatalogue catalogue,
            ServiceGuides guides, ApplicationGuides applicationGuides, ApplicationDesk desk,
            ApplicationQueues applicationQueues, ApplicationWorkflow applicationWorkflow, SurveyEditor surveyEditor,
            SurveyAnswering answering, ConsultationService consultations, CommentIntake comments, PageViewCounter views) {
        this.clock = clock;
        this.scope = scope;
        this.articles = articles;
        this.articleWorkflow = articleWorkflow;
        this.board = board;
        this.messageQueues = messageQueues;
        this.messageWorkflow = messageWorkflow;
        this.catalogue = catalogue;
        this.guides = guides;
        this.applicationGuides = applicationGuides;
        this.desk = desk;
        this.applicationQueues = applicationQueues;
        this.applicationWorkflow = applicationWorkflow;
        this.surveyEditor = surveyEditor;
        this.answering = answering;
        this.consultations = consultations;
        this.comments = comments;
        this.views = views;
    }

    /** Moves the application's clock to a Beijing time, e.g. {@code 2031-03-03T10:00}. */
    void at(String beijingTime) {
        clock.reset();
        clock.advance(Duration.between(clock.instant(), LocalDateTime.parse(beijingTime).atZone(CHINA).toInstant()));
    }

    static Actor officer(String county, String department) {
        return new Actor(county + "-" + department + "-officer", department + "信息员",
                AccessBindings.fromClaims(List.of("/tenants/" + county + "/contributor"), List.of(county + ":" + department)));
    }

    static Actor editor(String county) {
        return new Actor(county + "-editor", "区县审核员", AccessBindings.fromClaims(List.of("/tenants/" + county + "/editor"),
                List.of()));
    }

    static Actor webmaster(String county) {
        return new Actor(county + "-webmaster", "站点管理员",
                AccessBindings.fromClaims(List.of("/tenants/" + county + "/webmaster"), List.of()));
    }

    // Articles (通知公告: one review level, the county editor).

    long draft(String county, String department, String title) {
        return in(county, () -> articles.create(officer(county, department), new ArticleInput("tzgg", null, title, null,
                "<p>" + title + "。详情请咨询县政府办公室。</p>", null, false, null, null, null, null, null)).id());
    }

    void submit(String county, String department, long id) {
        in(county, () -> articleWorkflow.submit(officer(county, department), id));
    }

    void publish(String county, long id) {
        in(county, () -> articleWorkflow.publish(editor(county), id, null));
    }

    void returnToAuthor(String county, long id) {
        in(county, () -> articleWorkflow.returnToAuthor(editor(county), id, "请补充发布依据"));
    }

    // Messages (the citizen writes to a department; the county editor accepts; the officer replies).

    long message(String county, String department, String title) {
        String code = in(county, () -> board.submit(new MessageInput("consult", department, title,
                "请问办理居住证需要准备哪些材料？在哪里办理？", "王建国", phone(), "wang@example.com", true), "test-" + UUID.randomUUID(),
                () -> {
                }));
        long id = in(county, () -> messageQueues.byQueryCode(editor(county), code)).orElseThrow().id();
        in(county, () -> messageWorkflow.accept(id, department, editor(county), null));
        return id;
    }

    void reply(String county, String department, long id) {
        in(county, () -> messageWorkflow.draftReply(id, "您好，请携带身份证到政务服务中心办理。", officer(county, department)));
        in(county, () -> messageWorkflow.approveReply(id, editor(county)));
    }

    // Online applications (户外广告设置备案, handled by 县政府办 zfb).

    void openApplications(String county) {
        ApplicationFixtures.openItems(catalogue, guides, scope, county);
    }

    /** @return the tracking number and the phone it was sent with */
    String[] apply(String county) {
        GuideTerms guide = in(county, () -> applicationGuides.open(ApplicationFixtures.OTHER_ITEM)).orElseThrow();
        String phone = phone();
        String number = in(county, () -> desk.submit(guide, new ApplicationInput("宝鸡秦川智造有限公司", phone, Map.of()),
                List.of(), "test-" + UUID.randomUUID(), () -> {
                }));
        return new String[] { number, phone };
    }

    void complete(String county, String[] application, int rating) {
        Actor officer = ApplicationFixtures.officer(county, ApplicationFixtures.DEPARTMENT);
        long id = in(county, () -> applicationQueues.byTrackingNumber(ApplicationFixtures.webmaster(county), application[0]))
                .orElseThrow().id();
        in(county, () -> applicationWorkflow.accept(id, officer, "材料齐全，予以受理"));
        in(county, () -> applicationWorkflow.approve(id, officer, "准予备案"));
        in(county, () -> desk.rate(application[0], application[1], rating, null));
    }

    // Participation.

    /** A survey open all of March 2031, with one single-choice question; returns its id. */
    SurveyView survey(String county) {
        Actor webmaster = webmaster(county);
        return in(county, () -> {
            SurveyView created = surveyEditor.create(webmaster, new SurveySettings("2031年政务服务满意度调查", null,
                    LocalDateTime.parse("2031-03-01T00:00").atZone(CHINA).toOffsetDateTime(),
                    LocalDateTime.parse("2031-04-30T00:00").atZone(CHINA).toOffsetDateTime(), true));
            surveyEditor.addQuestion(webmaster, created.id(), new QuestionInput("single", "您对政务服务中心的办事效率满意吗？",
                    true, List.of("满意", "不满意")));
            return surveyEditor.publish(webmaster, created.id());
        });
    }

    void answer(String county, SurveyView survey) {
        SurveyView.QuestionView q = survey.questions().get(0);
        in(county, () -> answering.submit(survey.id(), List.of(new AnswerInput(q.id(), List.of(q.options().get(0).id()), null)),
                "browser-" + UUID.randomUUID(), "10.31." + NUMBER.get() + "." + (NUMBER.getAndIncrement() % 200 + 1)));
    }

    long consultation(String county, String department) {
        Actor webmaster = webmaster(county);
        return in(county, () -> {
            long id = consultations.create(webmaster, new ConsultationInput("关于《城区停车管理办法（征求意见稿）》公开征求意见",
                    "征求社会各界意见", "<p>现将征求意见稿全文公布。</p>", department, "0917-3261234", null, "2031-03-01T08:00",
                    "2031-03-31T17:00")).getId();
            consultations.publish(webmaster, id);
            return id;
        });
    }

    void comment(String county, long consultation) {
        String altcha = Altcha.solve(county + ".localhost");
        in(county, () -> comments.submit(consultation, new CommentInput("建议增加夜间临时停车泊位。", "李明", phone()), altcha, null,
                "10.32." + NUMBER.get() + "." + (NUMBER.getAndIncrement() % 200 + 1)));
    }

    // Page views, counted as public pages count them, then written.

    void views(String county, PageViewTarget target, int human, int bots) {
        for (int i = 0; i < human; i++) {
            views.count(TenantCode.of(county), target, false);
        }
        for (int i = 0; i < bots; i++) {
            views.count(TenantCode.of(county), target, true);
        }
    }

    void flushViews() {
        views.flush();
    }

    /**
     * The tests' data set, put in once: counties {@code evala} (评估甲县) and {@code evalb} (评估乙县),
     * their webmasters, 甲县's 政府办 officer {@code evala-zfb}, and March 2031 as the tests' comments
     * describe it.
     *
     * @return the id of the article read most in 甲县
     */
    synchronized long marchOnce(TenantProvisioner provisioner, Keycloak keycloak) {
        if (mostRead > 0) {
            return mostRead;
        }
        Counties.provision(provisioner, A, "评估甲县", null, "classic");
        Counties.provision(provisioner, B, "评估乙县", null, "modern");
        TestAccounts.webmaster(keycloak, A, "甲县网站管理员");
        TestAccounts.webmaster(keycloak, B, "乙县网站管理员");
        TestAccounts.account(keycloak, A + "-zfb", "甲县政府办信息员", A, "contributor", "zfb");
        try {
            mostRead = march();
        } finally {
            clock.reset();
        }
        return mostRead;
    }

    private long march() {
        openApplications(A);
        // Before the period: first submitted in February, published in March, so not counted.
        at("2031-02-27T10:00");
        long a0 = draft(A, "zfb", "二月报送的稿件");
        submit(A, "zfb", a0);

        at("2031-03-02T09:00");
        SurveyView survey = survey(A);
        long consultationA = consultation(A, "czj");
        long consultationB = consultation(B, "zfb");

        at("2031-03-03T09:00"); // Monday
        long a1 = draft(A, "zfb", "甲县召开春耕生产工作会议");
        submit(A, "zfb", a1);
        long a4 = draft(A, "czj", "甲县财政局公开2031年部门预算");
        submit(A, "czj", a4);
        publish(A, a0);
        long m1 = message(A, "zfb", "居住证怎么办理");
        long m2 = message(A, "zfb", "小区路灯不亮");
        long n1 = message(B, "zfb", "公交线路调整");
        long n2 = message(B, "zfb", "社保卡补办");
        String[] p1 = apply(A);
        apply(A); // stays open

        at("2031-03-04T10:00");
        publish(A, a1);
        returnToAuthor(A, a4);
        long b1 = draft(B, "zfb", "乙县开展植树造林活动");
        submit(B, "zfb", b1);
        complete(A, p1, 5);
        reply(A, "zfb", m1); // due Monday 10 March: on time
        reply(B, "zfb", n1);
        reply(B, "zfb", n2);

        at("2031-03-05T10:00");
        long a2 = draft(A, "zfb", "甲县发布防汛应急预案");
        submit(A, "zfb", a2);
        returnToAuthor(A, a2);
        publish(B, b1);

        at("2031-03-06T10:00");
        submit(A, "zfb", a2); // resubmitted: still one article submitted
        publish(A, a2);

        at("2031-03-10T10:00");
        long a3 = draft(A, "zfb", "甲县春季学校安全检查通报");
        submit(A, "zfb", a3); // stays waiting for review

        at("2031-03-11T10:00");
        reply(A, "zfb", m2); // a day after its due date: late

        at("2031-03-12T10:00");
        message(A, "zfb", "农村公路维修"); // not answered yet
        answer(A, survey);
        answer(A, survey);
        answer(A, survey);
        comment(A, consultationA);
        comment(A, consultationA);
        comment(B, consultationB);
        views(A, PageViewTarget.article("tzgg", a1), 12, 0);
        views(A, PageViewTarget.channel("tzgg"), 8, 0);
        views(A, PageViewTarget.HOME_PAGE, 10, 5);
        views(B, PageViewTarget.HOME_PAGE, 10, 0);
        flushViews();

        // After the period: not counted in March.
        at("2031-04-01T10:00");
        message(A, "zfb", "四月的留言");
        views(A, PageViewTarget.HOME_PAGE, 7, 0);
        flushViews();
        return a1;
    }

    private static String phone() {
        return "1390731" + String.format("%04d", NUMBER.getAndIncrement());
    }

    private <T> T in(String county, Supplier<T> work) {
        return scope.call(TenantCode.of(county), work);
    }
}
