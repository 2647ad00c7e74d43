package cn.gov.baoji.portal.web.interview;

import cn.gov.baoji.portal.core.error.PortalException;

/** This instance already streams an interview to as many viewers as it takes: 503, try again later. */
class LiveStreamsFullException extends PortalException {

    LiveStreamsFullException() {
        super("live-streams-full", "当前实时观看人数较多，实时更新暂不可用。页面上的实录仍可阅读，请稍后刷新页面。");
    }

    @Override
    public int status() {
        return 503;
    }
}
