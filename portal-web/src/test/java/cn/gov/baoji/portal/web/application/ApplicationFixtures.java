package cn.gov.baoji.portal.web.application;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.baoji.portal.core.application.FieldKind;
import cn.gov.baoji.portal.core.application.FileType;
import cn.gov.baoji.portal.core.application.FormDefinition;
import cn.gov.baoji.portal.core.application.FormField;
import cn.gov.baoji.portal.core.application.RequiredFile;
import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.service.CatalogueInput;
import cn.gov.baoji.portal.core.service.GuideInput;
import cn.gov.baoji.portal.core.service.GuideView;
import cn.gov.baoji.portal.core.service.ServiceCatalogue;
import cn.gov.baoji.portal.core.service.ServiceGuides;
import cn.gov.baoji.portal.core.service.ServiceRelease;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.RequestSpecification;

/**
 * What the online-application tests share: the people who handle applications, a service item of
 * the tests' own (企业技术改造项目备案 for the handling department 县政府办) with a published guide open
 * for online application, its application form, and citizens' requests from distinct addresses.
 */
public final class ApplicationFixtures {

    /** An item released into the city catalogue for these tests, offered by every county. */
    static final String ITEM = "T-APP-0001";
    static final String ITEM_NAME = "企业技术改造项目备案";
    /** A second item of the same department, with a form that never changes. */
    public static final String OTHER_ITEM = "T-APP-0002";
    static final String OTHER_NAME = "户外广告设置备案";
    public static final String DEPARTMENT = "zfb";
    static final int DAYS = 5;

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);
    private static final AtomicInteger PHONE = new AtomicInteger(1);

    /** Multipart as browsers send it: file names in UTF-8 (RestAssured's default mode would send 企业 as ??). */
    static final io.restassured.config.RestAssuredConfig MULTIPART = io.restassured.config.RestAssuredConfig.config()
            .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                    .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"));

    static final byte[] PDF = "%PDF-1.4\n技改项目备案申请表\n%%EOF".getBytes(StandardCharsets.UTF_8);

    private ApplicationFixtures() {
    }

    public static Actor webmaster(String county) {
        return new Actor(county + "-webmaster", "站点管理员", AccessBindings.fromClaims(List.of("/tenants/" + county + "/webmaster"),
                List.of()));
    }

    public static Actor officer(String county, String department) {
        return new Actor(county + "-" + department + "-officer", department + "信息员",
                AccessBindings.fromClaims(List.of("/tenants/" + county + "/contributor"), List.of(county + ":" + department)));
    }

    static Actor countyEditor(String county) {
        return new Actor(county + "-editor", "区县审核员", AccessBindings.fromClaims(List.of("/tenants/" + county + "/editor"),
                List.of()));
    }

    /** The form of the tests' item: every kind of field once, a required and an optional file. */
    static FormDefinition form() {
        return new FormDefinition(List.of(
                new FormField(null, "项目名称", FieldKind.TEXT, true, 50, List.of(), null),
                new FormField(null, "总投资（万元）", FieldKind.NUMBER, true, 0, List.of(), null),
                new FormField(null, "计划开工日期", FieldKind.DATE, false, 0, List.of(), null),
                new FormField(null, "建设性质", FieldKind.CHOICE, true, 0, List.of("新建", "改建", "扩建"), null),
                new FormField(null, "法定代表人身份证号码", FieldKind.ID_NUMBER, true, 0, List.of(), null),
                new FormField(null, "联系人手机", FieldKind.PHONE, false, 0, List.of(), null)),
                List.of(new RequiredFile(null, "项目备案申请表", true, List.of(FileType.PDF, FileType.WORD)),
                        new RequiredFile(null, "其他材料", false, List.of(FileType.PDF, FileType.IMAGE))));
    }

    /** Valid values of {@link #form()} as first saved (keys f1 to f6). */
    static Map<String, String> values() {
        return Map.of("f1", "宝鸡市渭滨区智能制造产业园二期", "f2", "12000", "f3", "2027-03-01", "f4", "新建", "f5", idNumber(),
                "f6", "13900000009");
    }

    /** A valid 居民身份证号码 (a Baoji one, born 1985-06-17). */
    static String idNumber() {
        String first = "61030219850617201";
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first.charAt(i) - '0') * weights[i];
        }
        return first + "10X98765432".charAt(sum % 11);
    }

    /** Releases the tests' items once (the release keeps every other item) and publishes their guides in {@code county}. */
    public static void openItems(ServiceCatalogue catalogue, ServiceGuides guides, TenantScope scope, String county) {
        synchronized (ApplicationFixtures.class) {
            ServiceRelease current = catalogue.current();
            if (current.item(ITEM).isEmpty()) {
                List<CatalogueInput.ItemInput> items = new ArrayList<>(current.items().stream()
                        .map(i -> new CatalogueInput.ItemInput(i.code(), i.name(), i.kind().name(), i.legalBasis(),
                                i.audiences().stream().map(Enum::name).toList(), i.events(), i.allCounties(), i.counties()))
                        .toList());
                items.add(new CatalogueInput.ItemInput(ITEM, ITEM_NAME, "OTHER", "《企业投资项目核准和备案管理条例》",
                        List.of("CORPORATE"), List.of("kbqy"), true, List.of()));
                items.add(new CatalogueInput.ItemInput(OTHER_ITEM, OTHER_NAME, "OTHER", "《城市市容和环境卫生管理条例》",
                        List.of("CORPORATE"), List.of("kbqy"), true, List.of()));
                catalogue.release(new CatalogueInput(current.events().stream()
                        .map(e -> new CatalogueInput.EventInput(e.code(), e.name())).toList(), items), "测试：在线申报事项", "测试");
            }
        }
        Actor webmaster = webmaster(county);
        scope.run(TenantCode.of(county), () -> {
            publish(guides, webmaster, ITEM);
            publish(guides, webmaster, OTHER_ITEM);
        });
    }

    private static void publish(ServiceGuides guides, Actor webmaster, String code) {
        GuideView current = guides.guide(webmaster, code);
        if (current.published() && current.online()) {
            return;
        }
        GuideView saved = guides.save(webmaster, code, new GuideInput(null, "在本县（区）登记注册的企业", "项目备案申请表\n营业执照",
                "县（区）政务服务中心二楼", "工作日 9:00—17:30", "0917-3261234", "网上申报\n受理\n审核\n办结", "不收费", DAYS, DEPARTMENT,
                "5 号窗口", true), current.version());
        guides.publish(webmaster, code, saved.version());
    }

    static String address() {
        return "10.12." + (ADDRESS.get() / 250) + "." + (ADDRESS.getAndIncrement() % 250 + 1);
    }

    static String phone() {
        return "1380012" + String.format("%04d", PHONE.getAndIncrement());
    }

    /** A multipart application to the public API, from a fresh address. */
    static RequestSpecification application(String county, String item, String applicant, String phone,
            Map<String, String> values, String altcha) {
        RequestSpecification request = given().config(MULTIPART).header("Host", county + ".localhost")
                .header("X-Forwarded-For", address());
        request.multiPart(text("service", item)).multiPart(text("applicant", applicant)).multiPart(text("phone", phone));
        values.forEach((k, v) -> request.multiPart(text(k, v)));
        if (altcha != null) {
            request.multiPart(text("altcha", altcha));
        }
        return request;
    }

    static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    static io.restassured.specification.MultiPartSpecification file(String name, String fileName, byte[] bytes, String type) {
        return new MultiPartSpecBuilder(bytes).controlName(name).fileName(fileName).mimeType(type).build();
    }
}
