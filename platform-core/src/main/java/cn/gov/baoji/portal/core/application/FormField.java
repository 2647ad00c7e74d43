package cn.gov.baoji.portal.core.application;

import java.util.List;

/**
 * One field of an application form.
 *
 * @param key stable name of the field across versions (f1, f2...): values, and the webmaster's choice of
 *        fields shown in the public results, refer to it
 * @param maxLength the longest text accepted (text fields; other kinds have fixed rules)
 * @param choices the options of a choice field, else empty
 * @param hint a line of help under the label, or null
 */
public record FormField(String key, String label, FieldKind kind, boolean required, int maxLength, List<String> choices,
        String hint) {

    public FormField {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
