package cn.gov.baoji.portal.core.application;

/**
 * A file as a citizen sent it, not yet checked.
 *
 * @param field the upload field: a required file's key, or {@code files} for material added later
 */
public record Upload(String field, String fileName, byte[] bytes) {
}
