package cn.gov.baoji.portal.core.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.gov.baoji.portal.core.catalogue.CatalogueService.NodeInput;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;

/**
 * Edits of a catalogue working copy, on its nodes in display order (each node after its parent,
 * siblings in their order). Pure: every edit returns a new list, checked by {@link CatalogueRules}.
 */
final class CatalogueTree {

    private CatalogueTree() {
    }

    /** Adds a node as the last child of {@code parentCode} (or at the end of the top level). */
    static List<NodeInput> add(List<NodeInput> nodes, NodeInput node) {
        if (node.parentCode() != null) {
            find(nodes, node.parentCode());
        }
        if (node.code() != null && nodes.stream().anyMatch(n -> n.code().equals(node.code()))) {
            throw new InvalidInputException("code", "目录代码已存在：" + node.code());
        }
        List<NodeInput> result = new ArrayList<>(nodes);
        result.add(node);
        return checked(result);
    }

    static List<NodeInput> rename(List<NodeInput> nodes, String code, String name) {
        NodeInput n = find(nodes, code);
        return checked(replace(nodes, new NodeInput(code, n.parentCode(), name, n.allowLocalChildren())));
    }

    static List<NodeInput> allowLocalChildren(List<NodeInput> nodes, String code, boolean allow) {
        NodeInput n = find(nodes, code);
        return checked(replace(nodes, new NodeInput(code, n.parentCode(), n.name(), allow)));
    }

    /** Puts the node (with its subtree) last under a new parent; never under itself or its descendants. */
    static List<NodeInput> move(List<NodeInput> nodes, String code, String newParent) {
        NodeInput n = find(nodes, code);
        if (newParent != null) {
            NodeInput target = find(nodes, newParent);
            for (String p = target.code(); p != null; p = find(nodes, p).parentCode()) {
                if (p.equals(code)) {
                    throw new InvalidInputException("parentCode", "不能把“" + n.name() + "”移到它自己或它的下级目录“"
                            + target.name() + "”之下");
                }
            }
        }
        List<NodeInput> without = new ArrayList<>(nodes);
        without.remove(n);
        without.add(new NodeInput(code, newParent, n.name(), n.allowLocalChildren()));
        return checked(without);
    }

    /** Swaps the node with its previous ({@code -1}) or next ({@code +1}) sibling; at the edge nothing changes. */
    static List<NodeInput> shift(List<NodeInput> nodes, String code, int direction) {
        NodeInput n = find(nodes, code);
        List<NodeInput> siblings = nodes.stream().filter(s -> Objects.equals(s.parentCode(), n.parentCode())).toList();
        int at = siblings.indexOf(n);
        int other = at + Integer.signum(direction);
        if (other < 0 || other >= siblings.size()) {
            return nodes;
        }
        List<NodeInput> result = new ArrayList<>(nodes);
        int i = result.indexOf(n);
        int j = result.indexOf(siblings.get(other));
        result.set(i, siblings.get(other));
        result.set(j, n);
        return checked(result);
    }

    /** The codes of the node and everything below it. */
    static List<String> subtree(List<NodeInput> nodes, String code) {
        List<String> result = new ArrayList<>(List.of(code));
        for (int i = 0; i < result.size(); i++) {
            String parent = result.get(i);
            nodes.stream().filter(n -> parent.equals(n.parentCode())).map(NodeInput::code).forEach(result::add);
        }
        return result;
    }

    static NodeInput find(List<NodeInput> nodes, String code) {
        return nodes.stream().filter(n -> n.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("目录节点不存在：" + code));
    }

    private static List<NodeInput> replace(List<NodeInput> nodes, NodeInput changed) {
        return nodes.stream().map(n -> n.code().equals(changed.code()) ? changed : n).toList();
    }

    /** Validated by the release rules, then put in display order (depth first, siblings as listed). */
    private static List<NodeInput> checked(List<NodeInput> nodes) {
        CatalogueRules.release(nodes);
        Map<String, List<NodeInput>> children = new LinkedHashMap<>();
        for (NodeInput n : nodes) {
            children.computeIfAbsent(n.parentCode() == null ? "" : n.parentCode(), k -> new ArrayList<>()).add(n);
        }
        List<NodeInput> ordered = new ArrayList<>();
        appendChildren(children, "", ordered);
        return List.copyOf(ordered);
    }

    private static void appendChildren(Map<String, List<NodeInput>> children, String parent, List<NodeInput> out) {
        for (NodeInput n : children.getOrDefault(parent, List.of())) {
            out.add(new NodeInput(n.code(), n.parentCode(), n.name() == null ? null : n.name().strip(),
                    Boolean.TRUE.equals(n.allowLocalChildren())));
            appendChildren(children, n.code(), out);
        }
    }
}
