package cn.gov.baoji.portal.core.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.service.GuideElement;
import cn.gov.baoji.portal.core.service.ServiceCatalogue;
import cn.gov.baoji.portal.core.service.ServiceGuide;
import cn.gov.baoji.portal.core.service.ServiceItem;
import cn.gov.baoji.portal.core.service.ServiceRelease;

/**
 * 办事指南要素缺失 (单项否决, 服务不实用): public guides lacking one of the eight required elements
 * (事项名称, 设定依据, 申请条件, 办理材料, 办理地点, 办理时间, 联系电话, 办理流程), with the online
 * service's own completeness rule; and a county offering items without any public guide.
 */
@ApplicationScoped
class GuideElementsRule implements InspectionRule {

    private final EntityManager em;
    private final ServiceCatalogue catalogue;
    private final DepartmentService departments;

    GuideElementsRule(EntityManager em, ServiceCatalogue catalogue, DepartmentService departments) {
        this.em = em;
        this.catalogue = catalogue;
        this.departments = departments;
    }

    @Override
    public String code() {
        return "GUIDE_ELEMENTS";
    }

    @Override
    public String name() {
        return "办事指南要素缺失";
    }

    @Override
    public Severity severity() {
        return Severity.VETO;
    }

    @Override
    public RuleResult check(InspectedCounty county) {
        ServiceRelease release = catalogue.current();
        List<ServiceItem> offered = release.offeredBy(county.tenant().code().value());
        Map<String, ServiceGuide> published = em.createQuery("FROM ServiceGuide g WHERE g.published = true",
                ServiceGuide.class).getResultStream().collect(Collectors.toMap(ServiceGuide::getItemCode, g -> g));
        Map<String, String> names = departments.all().stream()
                .collect(Collectors.toMap(Department::getCode, Department::getName, (a, b) -> a));
        List<Finding> findings = new ArrayList<>();
        for (ServiceItem item : offered) {
            ServiceGuide g = published.get(item.code());
            if (g == null) {
                continue;
            }
            List<GuideElement> missing = GuideElement.missing(item, g).stream()
                    .filter(e -> e.ordinal() <= GuideElement.PROCESS.ordinal()).toList();
            if (!missing.isEmpty()) {
                findings.add(new Finding("guide:" + item.code(), Severity.VETO, "办事指南“" + item.name() + "”",
                        "缺少要素：" + GuideElement.labels(missing), "/services/" + item.code(),
                        "/admin/services/" + item.code(),
                        g.getDepartmentCode() == null ? null : names.getOrDefault(g.getDepartmentCode(), g.getDepartmentCode()),
                        "补齐办事指南的八要素（事项名称、设定依据、申请条件、办理材料、办理地点、办理时间、联系电话、办理流程）。"));
            }
        }
        if (!offered.isEmpty() && published.keySet().stream().noneMatch(code -> offered.stream()
                .anyMatch(i -> i.code().equals(code)))) {
            findings.add(new Finding("guides:none", Severity.VETO, "办事服务", "市级事项目录中本区县的 " + offered.size()
                    + " 个事项没有一个公开了办事指南", "/services", "/admin/services/", null,
                    "编写并发布本区县事项的办事指南，保证群众能在网上查到怎么办。"));
        }
        return RuleResult.of(findings);
    }
}
