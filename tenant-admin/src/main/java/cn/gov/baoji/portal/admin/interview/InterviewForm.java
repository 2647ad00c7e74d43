package cn.gov.baoji.portal.admin.interview;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.core.interview.InterviewInput;

/** The interview form as posted: topic, introduction, start and end (Beijing time), and the version it showed. */
public class InterviewForm {

    @RestForm
    public String title;
    @RestForm
    public String intro;
    @RestForm
    public String startsAt;
    @RestForm
    public String endsAt;
    /** The version of the interview the page showed: a change made since is not overwritten unseen. */
    @RestForm
    public String version;

    InterviewInput input() {
        return new InterviewInput(title, intro, startsAt, endsAt);
    }

    int version() {
        return Versions.parse(version);
    }
}
