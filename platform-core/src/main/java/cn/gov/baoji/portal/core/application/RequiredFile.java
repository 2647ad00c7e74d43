package cn.gov.baoji.portal.core.application;

import java.util.List;

/**
 * A file an application asks for, e.g. 户口簿首页及本人页 as an image or PDF.
 *
 * @param key stable name across versions (a1, a2...), the name of the upload field
 */
public record RequiredFile(String key, String name, boolean required, List<FileType> types) {

    public RequiredFile {
        types = types == null ? List.of() : List.copyOf(types);
    }
}
