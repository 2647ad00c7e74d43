package cn.gov.baoji.portal.admin.survey;

import java.util.Arrays;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.core.survey.QuestionInput;

/** A question as the form posts it: the options one per line, in order. */
public class QuestionForm {

    @RestForm
    public String kind;
    @RestForm
    public String title;
    @RestForm
    public String required;
    /** One option per line; empty lines are left out. */
    @RestForm
    public String options;

    QuestionInput input() {
        List<String> lines = options == null ? List.of() : Arrays.asList(options.split("\\r?\\n|\\r"));
        return new QuestionInput(kind, title, "true".equals(required), lines);
    }
}
