package cn.gov.baoji.portal.admin.interview;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** Reads the version a back-office page showed, as its forms send it back. */
final class Versions {

    private Versions() {
    }

    static int parse(String version) {
        try {
            return Integer.parseInt(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "页面已过期，请刷新后再操作。");
        }
    }
}
