package cn.gov.baoji.portal.core.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.service.CatalogueInput.EventInput;
import cn.gov.baoji.portal.core.service.CatalogueInput.ItemInput;

/**
 * What a release of the service catalogue must satisfy: codes, names, kinds, audiences, life events
 * that exist, counties that exist. Pure checks, no database.
 */
final class ServiceCatalogueRules {

    static final Pattern ITEM_CODE = Pattern.compile("[0-9A-Z][0-9A-Z-]{2,39}");
    static final Pattern EVENT_CODE = Pattern.compile("[a-z][a-z0-9]{1,19}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}]");
    private static final Pattern CONTROL_BUT_NEWLINES = Pattern.compile("[\\p{Cntrl}\\p{Cf}&&[^\\n\\r\\t]]");
    static final int MAX_ITEMS = 2000;
    static final int MAX_EVENTS = 60;

    private ServiceCatalogueRules() {
    }

    /** A checked release. */
    record Checked(List<LifeEvent> events, List<ServiceItem> items) {
    }

    static Checked release(CatalogueInput input, Set<String> counties) {
        if (input == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        List<LifeEvent> events = events(input.events());
        Set<String> eventCodes = new HashSet<>();
        events.forEach(e -> eventCodes.add(e.code()));
        List<ItemInput> items = input.items() == null ? List.of() : input.items();
        if (items.size() > MAX_ITEMS) {
            throw new InvalidInputException("items", "事项不能超过 " + MAX_ITEMS + " 个");
        }
        Set<String> codes = new HashSet<>();
        List<ServiceItem> result = new ArrayList<>();
        for (ItemInput i : items) {
            ServiceItem item = item(i, eventCodes, counties);
            if (!codes.add(item.code())) {
                throw new InvalidInputException("code", "事项编码重复：" + item.code());
            }
            result.add(item);
        }
        return new Checked(events, List.copyOf(result));
    }

    static List<LifeEvent> events(List<EventInput> events) {
        if (events == null || events.isEmpty() || events.size() > MAX_EVENTS) {
            throw new InvalidInputException("events", "生命事件应有 1 至 " + MAX_EVENTS + " 个");
        }
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<LifeEvent> result = new ArrayList<>();
        for (EventInput e : events) {
            if (e == null || e.code() == null || !EVENT_CODE.matcher(e.code()).matches()) {
                throw new InvalidInputException("eventCode", "生命事件代码须为 2 至 20 位小写字母和数字，以字母开头");
            }
            String name = name(e.name(), "eventName", "生命事件名称", 20);
            if (!codes.add(e.code())) {
                throw new InvalidInputException("eventCode", "生命事件代码重复：" + e.code());
            }
            if (!names.add(name)) {
                throw new InvalidInputException("eventName", "生命事件名称重复：" + name);
            }
            result.add(new LifeEvent(e.code(), name));
        }
        return List.copyOf(result);
    }

    static ServiceItem item(ItemInput i, Set<String> eventCodes, Set<String> counties) {
        if (i == null || i.code() == null || !ITEM_CODE.matcher(i.code()).matches()) {
            throw new InvalidInputException("code", "事项编码须为 3 至 40 位大写字母、数字和连字符，以字母或数字开头");
        }
        String name = name(i.name(), "name", "事项名称", 100);
        ServiceKind kind = ServiceKind.of(i.kind()).orElseThrow(() -> new InvalidInputException("kind",
                "事项类型应为行政许可、行政给付、行政确认、公共服务或其他"));
        String basis = i.legalBasis() == null ? "" : i.legalBasis().strip();
        if (basis.isEmpty() || basis.length() > 2000 || CONTROL_BUT_NEWLINES.matcher(basis).find()) {
            throw new InvalidInputException("legalBasis", "请填写设定依据（不超过 2000 个字）");
        }
        Set<Audience> audiences = new LinkedHashSet<>();
        for (String a : i.audiences() == null ? List.<String>of() : i.audiences()) {
            audiences.add(Audience.of(a).orElseThrow(() -> new InvalidInputException("audiences",
                    "服务对象应为个人办事或法人办事")));
        }
        if (audiences.isEmpty()) {
            throw new InvalidInputException("audiences", "请至少选择一类服务对象（个人办事或法人办事）");
        }
        Set<String> events = new LinkedHashSet<>();
        for (String e : i.events() == null ? List.<String>of() : i.events()) {
            if (e == null || !eventCodes.contains(e)) {
                throw new InvalidInputException("events", "事项“" + name + "”所属的生命事件不存在：" + e);
            }
            events.add(e);
        }
        boolean all = Boolean.TRUE.equals(i.allCounties());
        Set<String> offering = new LinkedHashSet<>();
        if (!all) {
            for (String c : i.counties() == null ? List.<String>of() : i.counties()) {
                if (c == null || !counties.contains(c)) {
                    throw new InvalidInputException("counties", "区县不存在：" + c);
                }
                offering.add(c);
            }
        }
        // Kept as comma-separated lists: codes never contain commas, and the lists stay short.
        if (String.join(",", offering).length() > 400 || String.join(",", events).length() > 400) {
            throw new InvalidInputException("counties", "所选区县或生命事件过多");
        }
        return new ServiceItem(i.code(), name, kind, basis, List.copyOf(audiences), List.copyOf(events), all,
                List.copyOf(offering));
    }

    private static String name(String raw, String field, String label, int max) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty() || name.length() > max || CONTROL.matcher(name).find()) {
            throw new InvalidInputException(field, label + "不能为空，且不能超过 " + max + " 个字");
        }
        return name;
    }

    static boolean isItemCode(String code) {
        return code != null && ITEM_CODE.matcher(code).matches();
    }

    static boolean isEventCode(String code) {
        return code != null && EVENT_CODE.matcher(code).matches();
    }
}
