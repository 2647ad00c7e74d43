package cn.gov.baoji.portal.core.application;

import java.util.List;
import java.util.Optional;

/**
 * What an online application asks for, beyond the applicant's name and mobile number every
 * application has: the fields, in order, and the files to attach. One version of it is stored with
 * every application, which is always shown with the version it was sent with.
 */
public record FormDefinition(List<FormField> fields, List<RequiredFile> files) {

    public static final FormDefinition EMPTY = new FormDefinition(List.of(), List.of());

    public FormDefinition {
        fields = fields == null ? List.of() : List.copyOf(fields);
        files = files == null ? List.of() : List.copyOf(files);
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public Optional<RequiredFile> file(String key) {
        return files.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
