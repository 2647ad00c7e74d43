package cn.gov.baoji.portal.web.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.service.Audience;
import cn.gov.baoji.portal.core.service.LifeEvent;
import cn.gov.baoji.portal.core.service.ServiceCatalogue;
import cn.gov.baoji.portal.core.service.ServiceDirectory;
import cn.gov.baoji.portal.core.service.ServiceForm;
import cn.gov.baoji.portal.core.service.ServiceGuide;
import cn.gov.baoji.portal.core.service.ServiceGuides;
import cn.gov.baoji.portal.core.service.ServiceItem;
import cn.gov.baoji.portal.core.service.ServiceRelease;
import cn.gov.baoji.portal.core.time.ChinaTime;

/**
 * What public pages and the public API show of the county's services: filters checked (a bad one is a
 * 400 with a Chinese reason), lists, guides and forms in the shape pages and API clients read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicServices {

    public static final int MAX_SIZE = 50;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}]");

    private final ServiceDirectory directory;
    private final ServiceCatalogue catalogue;
    private final DepartmentService departments;

    PublicServices(ServiceDirectory directory, ServiceCatalogue catalogue, DepartmentService departments) {
        this.directory = directory;
        this.catalogue = catalogue;
        this.departments = departments;
    }

    /** Checks the filters as a citizen or client sent them; blank means no filter. */
    public ServiceFilter filter(String event, String audience, String department, String q) {
        ServiceRelease release = catalogue.current();
        String e = blankToNull(event);
        String eventName = null;
        if (e != null) {
            LifeEvent found = (ServiceCatalogue.isEventCode(e) ? release.event(e) : java.util.Optional.<LifeEvent>empty())
                    .orElseThrow(() -> new InvalidInputException("event", "没有这个生命事件，请从列表中选择。"));
            eventName = found.name();
        }
        String a = blankToNull(audience);
        String audienceName = null;
        if (a != null) {
            audienceName = Audience.of(a.toUpperCase(Locale.ROOT)).map(Audience::label).orElseThrow(
                    () -> new InvalidInputException("audience", "服务对象应为 PERSONAL（个人办事）或 CORPORATE（法人办事）。"));
            a = a.toUpperCase(Locale.ROOT);
        }
        String d = blankToNull(department);
        String departmentName = null;
        if (d != null) {
            departmentName = (d.length() <= 16 ? departments.byCode(d) : java.util.Optional.<Department>empty())
                    .filter(Department::isVisible).map(Department::getName)
                    .orElseThrow(() -> new InvalidInputException("department", "没有这个部门，请从列表中选择。"));
        }
        String words = blankToNull(q);
        if (words != null && (words.length() > ServiceDirectory.MAX_QUERY || CONTROL.matcher(words).find())) {
            throw new InvalidInputException("q", "事项名称关键词不能超过 " + ServiceDirectory.MAX_QUERY + " 个字，且不能含控制字符。");
        }
        String query = "event=" + encode(e) + "&audience=" + encode(a) + "&department=" + encode(d) + "&q="
                + encode(words) + "&";
        return new ServiceFilter(nz(e), eventName, nz(a), audienceName, nz(d), departmentName, nz(words), query);
    }

    public ServiceListing list(ServiceFilter filter, int page, int size) {
        ServiceDirectory.Page result = directory.browse(new ServiceDirectory.Filter(blankToNull(filter.event()),
                filter.audience().isEmpty() ? null : Audience.valueOf(filter.audience()), blankToNull(filter.department()),
                blankToNull(filter.q())), page, size);
        Map<String, String> names = departmentNames();
        int pages = (int) Math.max(1, (result.total() + size - 1) / size);
        return new ServiceListing(result.items().stream().map(e -> card(e, names)).toList(), result.total(), page, size,
                pages, page > 1, page < pages);
    }

    /** The most viewed items and the life events with how many items each has. */
    public ServiceHighlights highlights(int popular) {
        Map<String, String> names = departmentNames();
        return new ServiceHighlights(directory.popular(popular).stream().map(e -> card(e, names)).toList(),
                events(null), directory.all().size());
    }

    public List<FilterLink> events(String chosen) {
        Map<String, Long> counts = directory.countsByEvent();
        return catalogue.current().events().stream().map(e -> new FilterLink(e.code(), e.name(),
                counts.getOrDefault(e.code(), 0L), "/services?event=" + e.code(), e.code().equals(chosen))).toList();
    }

    public List<FilterLink> audiences(String chosen) {
        return Arrays.stream(Audience.values()).map(a -> new FilterLink(a.name(), a.label(),
                directory.all().stream().filter(e -> e.item().audiences().contains(a)).count(),
                "/services?audience=" + a.name(), a.name().equals(chosen))).toList();
    }

    /** Departments responsible for at least one public item. */
    public List<FilterLink> departments(String chosen) {
        Map<String, Long> counts = directory.all().stream().filter(e -> e.departmentCode() != null)
                .collect(Collectors.groupingBy(ServiceDirectory.Entry::departmentCode, Collectors.counting()));
        return departments.visible().stream().filter(d -> counts.containsKey(d.getCode()))
                .map(d -> new FilterLink(d.getCode(), d.getName(), counts.get(d.getCode()),
                        "/services?department=" + d.getCode(), d.getCode().equals(chosen)))
                .toList();
    }

    /** The published guide of an item the county offers; 404 otherwise (also for another county's items). */
    public ServiceGuideDetail guide(String code) {
        ServiceGuide g = directory.guide(code).orElseThrow(() -> new NotFoundException("办事指南不存在或已撤下。"));
        ServiceRelease release = catalogue.current();
        ServiceItem item = release.item(code).orElseThrow(() -> new NotFoundException("办事指南不存在或已撤下。"));
        String department = g.getDepartmentCode() == null ? null
                : departments.byCode(g.getDepartmentCode()).map(Department::getName).orElse(null);
        List<ServiceGuideDetail.FormLink> forms = directory.forms(g).stream().map(f -> form(code, f)).toList();
        return new ServiceGuideDetail(code, item.name(), item.kind().label(),
                item.audiences().stream().map(Audience::label).toList(),
                item.events().stream().map(e -> release.event(e).map(LifeEvent::name).orElse(e)).toList(),
                g.getBasis() == null ? item.legalBasis() : g.getBasis(), lines(g.getConditions()), lines(g.getMaterials()),
                g.getPlace(), g.getWindow(), g.getHours(), g.getPhone(), lines(g.getProcess()), g.getFees(),
                g.getTimeLimitDays(), timeLimit(g.getTimeLimitDays()), department, g.getDepartmentCode(),
                g.isOnlineApply(), g.isOnlineApply() ? "/services/" + code + "/apply" : null, directory.views(g),
                g.getUpdatedAt().atZoneSameInstant(ChinaTime.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd")), forms);
    }

    public void countView(String code) {
        directory.countView(code);
    }

    public ServiceGuides.FormFile form(String code, long id) {
        return directory.form(code, id).orElseThrow(() -> new NotFoundException("表格不存在或已删除。"));
    }

    private static ServiceGuideDetail.FormLink form(String code, ServiceForm f) {
        String name = f.getFileName();
        int dot = name.lastIndexOf('.');
        String format = dot < 0 ? "" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
        return new ServiceGuideDetail.FormLink(f.getId(), f.getTitle(), f.getKind().label(), name, format,
                size(f.getSizeBytes()), f.getContentType(), "/services/" + code + "/forms/" + f.getId());
    }

    private static ServiceCard card(ServiceDirectory.Entry e, Map<String, String> departmentNames) {
        ServiceItem i = e.item();
        return new ServiceCard(i.code(), i.name(), i.kind().label(),
                i.audiences().stream().map(Audience::label).collect(Collectors.joining("、")),
                e.departmentCode() == null ? null : departmentNames.get(e.departmentCode()), e.departmentCode(),
                e.timeLimitDays(), timeLimit(e.timeLimitDays()), e.online(), e.views(), "/services/" + i.code());
    }

    private Map<String, String> departmentNames() {
        return departments.all().stream().collect(Collectors.toMap(Department::getCode, Department::getName, (a, b) -> a));
    }

    static String timeLimit(Integer days) {
        if (days == null) {
            return null;
        }
        return days == 0 ? "即办" : days + " 个工作日";
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                result.add(line.strip());
            }
        }
        return List.copyOf(result);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String encode(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
