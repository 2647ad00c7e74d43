package cn.gov.baoji.portal.admin.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.gov.baoji.portal.core.application.ApplicationForms;
import cn.gov.baoji.portal.core.application.FieldKind;
import cn.gov.baoji.portal.core.application.FileType;
import cn.gov.baoji.portal.core.application.FormDefinition;
import cn.gov.baoji.portal.core.application.FormField;
import cn.gov.baoji.portal.core.application.GuideTerms;
import cn.gov.baoji.portal.core.application.RequiredFile;

/**
 * The form editor page: one row per field and per required file, a blank row of each for adding
 * one, the versions, and the choice of fields shown in the public results.
 */
public record FormEditorView(String serviceCode, String serviceName, boolean open, int version, boolean used,
        List<ApplicationForms.VersionInfo> versions, List<FieldRow> fields, List<FileRow> files, List<Option> kinds,
        List<Option> resultChoices, boolean hasResultChoices) {

    /** One field; {@code index} names its checkboxes and move buttons; {@code last} hides its 下移 button. */
    public record FieldRow(int index, String key, String label, String kind, boolean required, String maxLength,
            String choices, String hint, boolean isNew, boolean first, boolean last) {
    }

    public record FileRow(int index, String key, String name, boolean required, List<Option> types, boolean isNew,
            boolean first, boolean last) {
    }

    /** A choice: a select's option or a checkbox. */
    public record Option(String value, String label, boolean checked) {
    }

    static FormEditorView of(GuideTerms guide, ApplicationForms.Current form, FormDefinition shown) {
        List<FieldRow> fields = new ArrayList<>();
        List<FormField> list = shown.fields();
        for (int i = 0; i < list.size(); i++) {
            FormField f = list.get(i);
            fields.add(new FieldRow(i, f.key() == null ? "" : f.key(), f.label() == null ? "" : f.label(),
                    f.kind() == null ? "" : f.kind().key(), f.required(), f.maxLength() == 0 ? "" : String.valueOf(f.maxLength()),
                    String.join("\n", f.choices()), f.hint() == null ? "" : f.hint(), false, i == 0, i == list.size() - 1));
        }
        fields.add(new FieldRow(list.size(), "", "", FieldKind.TEXT.key(), false, "", "", "", true, false, true));
        List<FileRow> files = new ArrayList<>();
        List<RequiredFile> required = shown.files();
        for (int i = 0; i < required.size(); i++) {
            RequiredFile f = required.get(i);
            files.add(new FileRow(i, f.key() == null ? "" : f.key(), f.name() == null ? "" : f.name(), f.required(),
                    types(i, f.types()), false, i == 0, i == required.size() - 1));
        }
        files.add(new FileRow(required.size(), "", "", true, types(required.size(), List.of(FileType.PDF, FileType.IMAGE)), true,
                false, true));
        List<Option> kinds = Arrays.stream(FieldKind.values()).map(k -> new Option(k.key(), k.label(), false)).toList();
        List<Option> results = form.definition().fields().stream().filter(f -> !f.kind().personal())
                .map(f -> new Option(f.key(), f.label(), form.resultFields().contains(f.key()))).toList();
        return new FormEditorView(guide.code(), guide.name(), guide.open(), form.version(), form.used(), form.versions(), fields,
                files, kinds, results, !results.isEmpty());
    }

    private static List<Option> types(int row, List<FileType> chosen) {
        return Arrays.stream(FileType.values()).map(t -> new Option(row + ":" + t.key(), t.label(), chosen.contains(t))).toList();
    }
}
