package cn.gov.baoji.portal.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.content.UploadPolicy;
import cn.gov.baoji.portal.core.error.InvalidInputException;

/** What a citizen's application is checked against: every field kind, lengths, required items and files. */
class ApplicationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final String ID = IdNumbersTest.valid("61030219850617201");
    static final byte[] PDF = "%PDF-1.4 申请书".getBytes(StandardCharsets.UTF_8);
    static final byte[] PNG = png();

    /** 生育登记: every kind of field once, and two files. */
    static final FormDefinition FORM = new FormDefinition(List.of(
            new FormField("f1", "配偶姓名", FieldKind.TEXT, true, 20, List.of(), null),
            new FormField("f2", "子女数", FieldKind.NUMBER, true, 0, List.of(), null),
            new FormField("f3", "预产期", FieldKind.DATE, false, 0, List.of(), null),
            new FormField("f4", "登记类型", FieldKind.CHOICE, true, 0, List.of("一孩", "二孩", "三孩"), null),
            new FormField("f5", "身份证号码", FieldKind.ID_NUMBER, true, 0, List.of(), null),
            new FormField("f6", "紧急联系电话", FieldKind.PHONE, false, 0, List.of(), null)),
            List.of(new RequiredFile("a1", "结婚证", true, List.of(FileType.PDF, FileType.IMAGE)),
                    new RequiredFile("a2", "其他材料", false, List.of(FileType.PDF))));

    /** A real 4 × 4 picture: the upload rules read images to check their size. */
    private static byte[] png() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApplicationInput input(Map<String, String> values) {
        return new ApplicationInput("王建国", "13800000001", values);
    }

    private static Map<String, String> good() {
        return Map.of("f1", "李梅", "f2", "2", "f3", "2027-03-15", "f4", "二孩", "f5", ID, "f6", "13900000002");
    }

    private static List<Upload> marriage() {
        return List.of(new Upload("a1", "结婚证.pdf", PDF));
    }

    private static Map<String, String> problems(Map<String, String> values, List<Upload> files) {
        return ApplicationRules.problems(FORM, input(values), files, TODAY);
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> values = new java.util.HashMap<>(good());
        values.put(key, value);
        return values;
    }

    @Test
    void aCompleteApplicationHasNoProblemsAndIsStoredNormalized() {
        assertThat(problems(good(), marriage())).isEmpty();
        ApplicationRules.Checked checked = ApplicationRules.check(FORM,
                new ApplicationInput(" 王建国 ", "138 0000 0001", with("f3", "2027/3/5")), marriage(), TODAY);
        assertThat(checked.applicant()).isEqualTo("王建国");
        assertThat(checked.phone()).isEqualTo("13800000001");
        assertThat(checked.values()).containsEntry("f3", "2027-03-05").containsEntry("f5", ID);
        assertThat(checked.files()).singleElement().satisfies(f -> {
            assertThat(f.label()).isEqualTo("结婚证");
            assertThat(f.contentType()).isEqualTo("application/pdf");
        });
    }

    @Test
    void everyMissingRequiredItemIsNamedInChinese() {
        Map<String, String> p = ApplicationRules.problems(FORM, new ApplicationInput("", "", Map.of()), List.of(), TODAY);
        assertThat(p).containsExactly(Map.entry("applicant", "申请人不能为空"), Map.entry("phone", "手机号码不能为空"),
                Map.entry("f1", "配偶姓名不能为空"), Map.entry("f2", "子女数不能为空"), Map.entry("f4", "登记类型不能为空"),
                Map.entry("f5", "身份证号码不能为空"), Map.entry("a1", "请上传“结婚证”"));
    }

    @Test
    void textLongerThanItsLimitIsRefused() {
        assertThat(problems(with("f1", "李".repeat(21)), marriage())).containsExactly(Map.entry("f1", "配偶姓名不能超过 20 个字"));
        assertThat(problems(with("f1", "李".repeat(20)), marriage())).isEmpty();
        assertThat(ApplicationRules.problems(FORM, new ApplicationInput("王".repeat(51), "13800000001", good()), marriage(), TODAY))
                .containsExactly(Map.entry("applicant", "申请人不能超过 50 个字，且不能换行"));
    }

    @Test
    void numbersMustBeNumbers() {
        assertThat(problems(with("f2", "两个"), marriage())).containsExactly(Map.entry("f2", "子女数应填写数字，如 3 或 12.5"));
        assertThat(problems(with("f2", "1e5"), marriage())).containsKey("f2");
        assertThat(problems(with("f2", "２"), marriage())).as("full-width digits").isEmpty();
        assertThat(problems(with("f2", "12.5"), marriage())).isEmpty();
    }

    @Test
    void datesMustExist() {
        assertThat(problems(with("f3", "2027-02-30"), marriage()))
                .containsExactly(Map.entry("f3", "预产期应填写有效日期，格式如 2026-07-01"));
        assertThat(problems(with("f3", "明年三月"), marriage())).containsKey("f3");
        assertThat(problems(with("f3", "2027年3月15日"), marriage())).isEmpty();
        assertThat(problems(with("f3", ""), marriage())).as("optional").isEmpty();
    }

    @Test
    void choicesMustBeOneOfTheOptions() {
        assertThat(problems(with("f4", "四孩"), marriage())).containsExactly(Map.entry("f4", "请从列表中选择登记类型"));
    }

    @Test
    void idNumbersAreCheckedDigitByDigit() {
        String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0');
        assertThat(problems(with("f5", wrongCheck), marriage()))
                .containsExactly(Map.entry("f5", "身份证号码的校验位不正确，请核对后重新填写"));
        assertThat(problems(with("f5", "61030219850617"), marriage()))
                .containsExactly(Map.entry("f5", "身份证号码应为 18 位居民身份证号码，最后一位可以是数字或 X"));
        assertThat(problems(with("f5", IdNumbersTest.valid("61030219851317201")), marriage()))
                .containsExactly(Map.entry("f5", "身份证号码中的出生日期不正确，请核对后重新填写"));
        assertThat(problems(with("f5", "11010519491231002x"), marriage())).as("lower-case x").isEmpty();
    }

    @Test
    void phonesMustBeMainlandMobiles() {
        assertThat(problems(with("f6", "0917-3212345"), marriage()))
                .containsExactly(Map.entry("f6", "紧急联系电话应为 11 位手机号码，如 13800000000"));
        assertThat(problems(with("f6", "12800000000"), marriage())).containsKey("f6");
        assertThat(ApplicationRules.problems(FORM, new ApplicationInput("王建国", "1380000000", good()), marriage(), TODAY))
                .containsExactly(Map.entry("phone", "手机号码应为 11 位手机号码，如 13800000000"));
        assertThat(problems(with("f6", "139-0000-0002"), marriage())).isEmpty();
    }

    @Test
    void aFileWhoseContentIsNotWhatItsNameSaysIsRefused() {
        List<Upload> disguised = List.of(new Upload("a1", "结婚证.pdf", "MZ 这是一个程序".getBytes(StandardCharsets.UTF_8)));
        assertThat(problems(good(), disguised).get("a1")).startsWith("“结婚证”：不支持的文件类型");
        List<Upload> renamed = List.of(new Upload("a1", "结婚证.pdf", PNG));
        assertThat(problems(good(), renamed).get("a1")).isEqualTo("“结婚证”：文件内容与扩展名“.pdf”不符，已拒绝上传。");
    }

    @Test
    void aFileOfATypeTheItemDoesNotAskForIsRefused() {
        List<Upload> files = List.of(new Upload("a1", "结婚证.pdf", PDF),
                new Upload("a2", "其他.zip", new byte[] { 'P', 'K', 3, 4, 0, 0 }));
        assertThat(problems(good(), files)).containsExactly(Map.entry("a2", "“其他材料”：文件“其他.zip”的类型不符合要求，请上传PDF"));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWith413() {
        byte[] big = new byte[(int) UploadPolicy.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        List<Upload> files = List.of(new Upload("a1", "结婚证.pdf", big));
        assertThat(problems(good(), files).get("a1")).isEqualTo("“结婚证”：文件超过 20 MB，请压缩后再上传。");
        assertThatThrownBy(() -> ApplicationRules.check(FORM, input(good()), files, TODAY))
                .isInstanceOf(UploadPolicy.TooLarge.class).extracting(e -> ((UploadPolicy.TooLarge) e).status()).isEqualTo(413);
    }

    @Test
    void tooManyFilesOrAnUnknownUploadFieldAreRefused() {
        List<Upload> four = List.of(new Upload("a1", "1.pdf", PDF), new Upload("a1", "2.pdf", PDF), new Upload("a1", "3.pdf", PDF),
                new Upload("a1", "4.pdf", PDF));
        assertThat(problems(good(), four)).containsExactly(Map.entry("a1", "“结婚证”最多上传 3 个文件"));
        List<Upload> unknown = List.of(new Upload("a1", "1.pdf", PDF), new Upload("a9", "2.pdf", PDF));
        assertThat(problems(good(), unknown)).containsOnlyKeys("a9");
        // An empty file input still sends a part without name or bytes: that is no file.
        assertThat(problems(good(), List.of(new Upload("a1", "1.pdf", PDF), new Upload("a2", "", new byte[0])))).isEmpty();
    }

    @Test
    void theFirstProblemIsThrownWithItsField() {
        assertThatThrownBy(() -> ApplicationRules.check(FORM, input(with("f4", "四孩")), marriage(), TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessage("请从列表中选择登记类型")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("f4");
    }

    @Test
    void controlCharactersAreRemovedFromText() {
        ApplicationRules.Checked checked = ApplicationRules.check(FORM, input(with("f1", "李\u0000梅\u202E")), marriage(), TODAY);
        assertThat(checked.values()).containsEntry("f1", "李梅");
    }

    @Test
    void supplementedMaterialMayBeAnyAcceptedTypeButIsCheckedByContent() {
        assertThat(ApplicationRules.supplement(List.of(new Upload("files", "户口簿.png", PNG)))).hasSize(1);
        assertThatThrownBy(() -> ApplicationRules.supplement(List.of(new Upload("files", "户口簿.png", PDF))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不符");
    }
}
