package cn.gov.baoji.portal.core.service;

/**
 * A guide's county fields as a webmaster or editor sends them; blanks are allowed while it is not
 * published. {@code basis} blank means the city's legal basis; {@code department} is a department code;
 * {@code timeLimitDays} the promised time limit in working days (0: 即办).
 */
public record GuideInput(String basis, String conditions, String materials, String place, String hours, String phone,
        String process, String fees, Integer timeLimitDays, String department, String window, Boolean online) {
}
