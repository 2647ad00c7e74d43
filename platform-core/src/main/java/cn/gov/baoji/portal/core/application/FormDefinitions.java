package cn.gov.baoji.portal.core.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * The rules a webmaster's form definition must keep, and its stored form (JSON in the version row).
 * The rules keep a form fillable on a phone and the stored values small: at most
 * {@value #MAX_FIELDS} fields and {@value #MAX_FILES} files, short labels, a few options per choice.
 */
public final class FormDefinitions {

    public static final int MAX_FIELDS = 30;
    public static final int MAX_FILES = 10;
    public static final int MAX_LABEL = 30;
    public static final int MAX_HINT = 100;
    public static final int MAX_TEXT = 2000;
    public static final int DEFAULT_TEXT = 100;
    public static final int MAX_CHOICES = 20;
    public static final int MAX_CHOICE = 30;
    public static final int MAX_FILE_NAME = 40;

    static final Pattern FIELD_KEY = Pattern.compile("f[1-9][0-9]{0,3}");
    static final Pattern FILE_KEY = Pattern.compile("a[1-9][0-9]{0,3}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}]");

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private FormDefinitions() {
    }

    /** As stored: kinds and file types by their keys, so the JSON reads like the API. */
    private record StoredField(String key, String label, String kind, boolean required, int maxLength, List<String> choices,
            String hint) {
    }

    private record StoredFile(String key, String name, boolean required, List<String> types) {
    }

    private record Stored(List<StoredField> fields, List<StoredFile> files) {
    }

    /**
     * The definition as it will be stored: texts stripped, keys and limits checked. Fields and files
     * the webmaster added carry no key yet; the caller has given them fresh ones.
     */
    public static FormDefinition check(FormDefinition definition) {
        if (definition == null) {
            throw new InvalidInputException("fields", "表单内容不能为空");
        }
        if (definition.fields().size() > MAX_FIELDS) {
            throw new InvalidInputException("fields", "表单最多 " + MAX_FIELDS + " 个填写项");
        }
        if (definition.files().size() > MAX_FILES) {
            throw new InvalidInputException("files", "最多要求 " + MAX_FILES + " 项附件材料");
        }
        Set<String> keys = new HashSet<>();
        List<FormField> fields = new ArrayList<>();
        int n = 0;
        for (FormField f : definition.fields()) {
            n++;
            String where = "第 " + n + " 个填写项";
            if (f == null || f.key() == null || !FIELD_KEY.matcher(f.key()).matches() || !keys.add(f.key())) {
                throw new InvalidInputException("fields", where + "的标识无效或重复");
            }
            String label = text(f.label(), MAX_LABEL, "fields", where + "的名称", true);
            if (f.kind() == null) {
                throw new InvalidInputException("fields", where + "（" + label + "）请选择类型");
            }
            String hint = text(f.hint(), MAX_HINT, "fields", where + "（" + label + "）的填写说明", false);
            int maxLength = 0;
            List<String> choices = List.of();
            if (f.kind() == FieldKind.TEXT) {
                maxLength = f.maxLength() == 0 ? DEFAULT_TEXT : f.maxLength();
                if (maxLength < 1 || maxLength > MAX_TEXT) {
                    throw new InvalidInputException("fields", where + "（" + label + "）的最多字数应为 1 至 " + MAX_TEXT);
                }
            }
            if (f.kind() == FieldKind.CHOICE) {
                choices = choices(f.choices(), where + "（" + label + "）");
            }
            fields.add(new FormField(f.key(), label, f.kind(), f.required(), maxLength, choices, hint));
        }
        List<RequiredFile> files = new ArrayList<>();
        n = 0;
        for (RequiredFile f : definition.files()) {
            n++;
            String where = "第 " + n + " 项附件材料";
            if (f == null || f.key() == null || !FILE_KEY.matcher(f.key()).matches() || !keys.add(f.key())) {
                throw new InvalidInputException("files", where + "的标识无效或重复");
            }
            String name = text(f.name(), MAX_FILE_NAME, "files", where + "的名称", true);
            if (f.types().isEmpty() || f.types().stream().anyMatch(java.util.Objects::isNull)) {
                throw new InvalidInputException("files", where + "（" + name + "）请至少选择一种文件类型");
            }
            files.add(new RequiredFile(f.key(), name, f.required(), List.copyOf(new java.util.LinkedHashSet<>(f.types()))));
        }
        return new FormDefinition(fields, files);
    }

    private static List<String> choices(List<String> given, String where) {
        List<String> choices = new ArrayList<>();
        for (String c : given) {
            String choice = c == null ? "" : c.strip();
            if (choice.isEmpty()) {
                continue;
            }
            if (choice.length() > MAX_CHOICE || CONTROL.matcher(choice).find()) {
                throw new InvalidInputException("fields", where + "的选项“" + abbreviated(choice) + "”不能超过 " + MAX_CHOICE + " 个字");
            }
            if (choices.contains(choice)) {
                throw new InvalidInputException("fields", where + "的选项“" + choice + "”重复");
            }
            choices.add(choice);
        }
        if (choices.size() < 2 || choices.size() > MAX_CHOICES) {
            throw new InvalidInputException("fields", where + "应有 2 至 " + MAX_CHOICES + " 个选项（每行一个）");
        }
        return choices;
    }

    private static String text(String value, int max, String field, String what, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, what + "不能为空");
            }
            return null;
        }
        if (text.codePointCount(0, text.length()) > max || CONTROL.matcher(text).find()) {
            throw new InvalidInputException(field, what + "不能超过 " + max + " 个字，且不能含控制字符");
        }
        return text;
    }

    private static String abbreviated(String text) {
        return text.length() > 10 ? text.substring(0, 10) + "…" : text;
    }

    /** The highest number used by any key, so that new fields never take a key an older version used. */
    static int highestKey(FormDefinition definition) {
        int highest = 0;
        for (FormField f : definition.fields()) {
            highest = Math.max(highest, number(f.key()));
        }
        for (RequiredFile f : definition.files()) {
            highest = Math.max(highest, number(f.key()));
        }
        return highest;
    }

    private static int number(String key) {
        try {
            return key == null || key.length() < 2 ? 0 : Integer.parseInt(key.substring(1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String toJson(FormDefinition definition) {
        Stored stored = new Stored(
                definition.fields().stream().map(f -> new StoredField(f.key(), f.label(), f.kind().key(), f.required(),
                        f.maxLength(), f.choices(), f.hint())).toList(),
                definition.files().stream().map(f -> new StoredFile(f.key(), f.name(), f.required(),
                        f.types().stream().map(FileType::key).toList())).toList());
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Writing a form definition failed", e);
        }
    }

    static FormDefinition fromJson(String json) {
        try {
            Stored stored = JSON.readValue(json, Stored.class);
            return new FormDefinition(
                    stored.fields() == null ? List.of() : stored.fields().stream().map(f -> new FormField(f.key(), f.label(),
                            FieldKind.fromKey(f.kind()).orElse(FieldKind.TEXT), f.required(), f.maxLength(), f.choices(),
                            f.hint())).toList(),
                    stored.files() == null ? List.of() : stored.files().stream().map(f -> new RequiredFile(f.key(), f.name(),
                            f.required(), f.types() == null ? List.of() : f.types().stream().map(FileType::fromKey)
                                    .flatMap(java.util.Optional::stream).toList())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored form definition is not readable", e);
        }
    }
}
