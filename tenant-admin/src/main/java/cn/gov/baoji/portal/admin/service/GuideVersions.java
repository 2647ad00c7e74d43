package cn.gov.baoji.portal.admin.service;

import cn.gov.baoji.portal.core.error.ConflictException;

/** The guide version a page or client saw: empty for a guide not written yet. */
final class GuideVersions {

    private GuideVersions() {
    }

    static Integer parse(String version) {
        if (version == null || version.isBlank()) {
            return 0;
        }
        try {
            return Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            throw new ConflictException("办事指南已被他人修改，请刷新后再编辑。");
        }
    }
}
