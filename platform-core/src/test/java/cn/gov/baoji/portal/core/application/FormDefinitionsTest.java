package cn.gov.baoji.portal.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** The rules of a webmaster's form definition and its stored form. */
class FormDefinitionsTest {

    @Test
    void aDefinitionSurvivesStorage() {
        FormDefinition checked = FormDefinitions.check(ApplicationRulesTest.FORM);
        assertThat(FormDefinitions.fromJson(FormDefinitions.toJson(checked))).isEqualTo(checked);
        assertThat(FormDefinitions.toJson(checked)).contains("\"kind\":\"idNumber\"").contains("\"types\":[\"pdf\",\"image\"]");
    }

    @Test
    void labelsAreStrippedAndTextFieldsGetADefaultLength() {
        FormDefinition checked = FormDefinitions.check(new FormDefinition(
                List.of(new FormField("f1", "  家庭住址 ", FieldKind.TEXT, false, 0, List.of(), " ")), List.of()));
        assertThat(checked.fields().get(0)).extracting(FormField::label, FormField::maxLength, FormField::hint)
                .containsExactly("家庭住址", FormDefinitions.DEFAULT_TEXT, null);
    }

    @Test
    void aFieldWithoutLabelOrKindIsRefused() {
        assertThatThrownBy(() -> FormDefinitions.check(new FormDefinition(
                List.of(new FormField("f1", " ", FieldKind.TEXT, false, 0, List.of(), null)), List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessage("第 1 个填写项的名称不能为空");
        assertThatThrownBy(() -> FormDefinitions.check(new FormDefinition(
                List.of(new FormField("f1", "地址", null, false, 0, List.of(), null)), List.of())))
                .hasMessage("第 1 个填写项（地址）请选择类型");
    }

    @Test
    void choicesNeedTwoDistinctOptions() {
        assertThatThrownBy(() -> FormDefinitions.check(new FormDefinition(
                List.of(new FormField("f1", "类型", FieldKind.CHOICE, true, 0, List.of("一孩", ""), null)), List.of())))
                .hasMessage("第 1 个填写项（类型）应有 2 至 20 个选项（每行一个）");
        assertThatThrownBy(() -> FormDefinitions.check(new FormDefinition(
                List.of(new FormField("f1", "类型", FieldKind.CHOICE, true, 0, List.of("一孩", "一孩"), null)), List.of())))
                .hasMessage("第 1 个填写项（类型）的选项“一孩”重复");
    }

    @Test
    void limitsOnCountsLengthsAndKeys() {
        List<FormField> many = new java.util.ArrayList<>();
        for (int i = 1; i <= FormDefinitions.MAX_FIELDS + 1; i++) {
            many.add(new FormField("f" + i, "项" + i, FieldKind.TEXT, false, 10, List.of(), null));
        }
        assertThatThrownBy(() -> FormDefinitions.check(new FormDefinition(many, List.of()))).hasMessage("表单最多 30 个填写项");
        assertThatThrownBy(() -> FormDefinitions.check(new FormDefinition(
                List.of(new FormField("f1", "说明", FieldKind.TEXT, false, 2001, List.of(), null)), List.of())))
                .hasMessage("第 1 个填写项（说明）的最多字数应为 1 至 2000");
        assertThatThrownBy(() -> FormDefinitions.check(new FormDefinition(
                List.of(new FormField("f1", "甲", FieldKind.TEXT, false, 5, List.of(), null),
                        new FormField("f1", "乙", FieldKind.TEXT, false, 5, List.of(), null)), List.of())))
                .hasMessage("第 2 个填写项的标识无效或重复");
        assertThatThrownBy(() -> FormDefinitions.check(new FormDefinition(List.of(),
                List.of(new RequiredFile("a1", "身份证", true, Collections.emptyList())))))
                .hasMessage("第 1 项附件材料（身份证）请至少选择一种文件类型");
    }

    @Test
    void theHighestKeyCountsFieldsAndFiles() {
        assertThat(FormDefinitions.highestKey(ApplicationRulesTest.FORM)).isEqualTo(6);
    }
}
