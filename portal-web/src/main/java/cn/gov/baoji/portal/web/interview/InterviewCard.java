package cn.gov.baoji.portal.web.interview;

import java.util.List;

/** An interview in the public list: topic, time, phase and who takes part. */
public record InterviewCard(long id, String title, String url, String time, String startsAt, String phase,
        String phaseLabel, List<String> guests) {
}
