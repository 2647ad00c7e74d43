package cn.gov.baoji.portal.core.interview;

import java.time.OffsetDateTime;

/** A citizen's question as moderators see it. */
public record QuestionView(long id, String content, String nickname, QuestionState state, OffsetDateTime askedAt,
        Long pickedSeq) {

    static QuestionView of(Question q) {
        return new QuestionView(q.getId(), q.content, q.nickname, q.state, q.askedAt, q.pickedSeq);
    }

    public String stateLabel() {
        return state.label();
    }

    public String askedAtLabel() {
        return InterviewTimes.clock(askedAt, askedAt);
    }

    public String asker() {
        return nickname == null ? "网友" : "网友“" + nickname + "”";
    }
}
