package cn.gov.baoji.portal.core.service;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a guide must state before citizens see it: the eight required elements of a 办事指南, and the
 * fee, promised time limit and responsible department that applications are handled by.
 */
public enum GuideElement {
    NAME("事项名称"),
    BASIS("设定依据"),
    CONDITIONS("申请条件"),
    MATERIALS("办理材料"),
    PLACE("办理地点"),
    HOURS("办理时间"),
    PHONE("联系电话"),
    PROCESS("办理流程"),
    FEES("收费标准"),
    TIME_LIMIT("承诺时限"),
    DEPARTMENT("责任部门");

    private final String label;

    GuideElement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The elements {@code guide} (null: none written yet) of {@code item} lacks, in the order above. */
    public static List<GuideElement> missing(ServiceItem item, ServiceGuide guide) {
        List<GuideElement> missing = new ArrayList<>();
        if (item == null || blank(item.name())) {
            missing.add(NAME);
        }
        if (guide == null) {
            if (item == null || blank(item.legalBasis())) {
                missing.add(BASIS);
            }
            for (GuideElement e : values()) {
                if (e != NAME && e != BASIS) {
                    missing.add(e);
                }
            }
            return missing;
        }
        if (blank(guide.basis) && (item == null || blank(item.legalBasis()))) {
            missing.add(BASIS);
        }
        add(missing, CONDITIONS, guide.conditions);
        add(missing, MATERIALS, guide.materials);
        add(missing, PLACE, guide.place);
        add(missing, HOURS, guide.hours);
        add(missing, PHONE, guide.phone);
        add(missing, PROCESS, guide.process);
        add(missing, FEES, guide.fees);
        if (guide.timeLimitDays == null) {
            missing.add(TIME_LIMIT);
        }
        add(missing, DEPARTMENT, guide.departmentCode);
        return missing;
    }

    /** "申请条件、办理材料" */
    public static String labels(List<GuideElement> elements) {
        return elements.stream().map(GuideElement::label).collect(Collectors.joining("、"));
    }

    private static void add(List<GuideElement> missing, GuideElement element, String value) {
        if (blank(value)) {
            missing.add(element);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
