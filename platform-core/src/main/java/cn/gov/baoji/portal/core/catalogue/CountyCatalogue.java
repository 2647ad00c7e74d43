package cn.gov.baoji.portal.core.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.AccessDeniedException;

/**
 * The catalogue as one county sees it: the city's current release plus the county's own nodes,
 * which may only hang under city nodes that allow local children.
 */
@ApplicationScoped
public class CountyCatalogue {

    private final CatalogueService city;
    private final EntityManager entityManager;
    private final PublicContentVersion publicVersion;

    CountyCatalogue(CatalogueService city, EntityManager entityManager, PublicContentVersion publicVersion) {
        this.city = city;
        this.entityManager = entityManager;
        this.publicVersion = publicVersion;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CatalogueNode> nodes() {
        List<CatalogueNode> cityNodes = city.current().nodes();
        Set<String> openParents = cityNodes.stream().filter(CatalogueNode::allowLocalChildren)
                .map(CatalogueNode::code).collect(Collectors.toSet());
        List<CatalogueNode> result = new ArrayList<>(cityNodes);
        entityManager.createQuery("FROM LocalCatalogueNode ORDER BY sortOrder, code", LocalCatalogueNode.class)
                .getResultList().stream().map(LocalCatalogueNode::toNode)
                // A later release may close a parent: its local children then stop showing.
                .filter(n -> openParents.contains(n.parentCode()))
                .forEach(result::add);
        return result;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CatalogueNode> node(String code) {
        return nodes().stream().filter(n -> n.code().equals(code)).findFirst();
    }

    @Transactional
    public CatalogueNode addLocalNode(String code, String parentCode, String name) {
        String trimmed = CatalogueRules.localNode(code, name);
        CatalogueNode parent = city.cityNode(parentCode == null ? "" : parentCode)
                .orElseThrow(() -> new NotFoundException("上级目录不存在：" + parentCode));
        if (!parent.allowLocalChildren()) {
            throw new AccessDeniedException("市级目录“" + parent.name() + "”不允许区县增加子目录。");
        }
        if (city.cityNode(code).isPresent() || entityManager.find(LocalCatalogueNode.class, code) != null) {
            throw new ConflictException("目录代码已存在：" + code);
        }
        LocalCatalogueNode node = new LocalCatalogueNode(code, parentCode, trimmed, 1000);
        entityManager.persist(node);
        publicVersion.changed();
        return node.toNode();
    }

    @Transactional
    public void removeLocalNode(String code) {
        if (city.cityNode(code).isPresent()) {
            throw new AccessDeniedException("市级目录节点只能由市电子政务办修改。");
        }
        LocalCatalogueNode node = entityManager.find(LocalCatalogueNode.class, code);
        if (node == null) {
            throw new NotFoundException("目录不存在：" + code);
        }
        entityManager.remove(node);
        publicVersion.changed();
    }
}
