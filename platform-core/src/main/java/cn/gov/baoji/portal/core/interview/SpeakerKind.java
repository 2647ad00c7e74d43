package cn.gov.baoji.portal.core.interview;

/** Who speaks in a transcript entry: the host (主持人) or one of the guests. */
public enum SpeakerKind {
    HOST, GUEST
}
