package cn.gov.baoji.portal.core.application;

import java.util.Optional;

/** What a field of an application form holds, and so how it is checked and shown. */
public enum FieldKind {
    TEXT("text", "文本"),
    NUMBER("number", "数字"),
    DATE("date", "日期"),
    CHOICE("choice", "单项选择"),
    ID_NUMBER("idNumber", "居民身份证号码"),
    PHONE("phone", "手机号码");

    private final String key;
    private final String label;

    FieldKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The value in the definition's JSON, the API and the editor's form, e.g. {@code idNumber}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Personal data by nature: never in the public results, whatever the webmaster chooses. */
    public boolean personal() {
        return this == ID_NUMBER || this == PHONE;
    }

    public static Optional<FieldKind> fromKey(String key) {
        for (FieldKind kind : values()) {
            if (kind.key.equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
