package cn.gov.baoji.portal.core.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.gov.baoji.portal.core.catalogue.CatalogueService.NodeInput;
import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * What a catalogue release, the topic categories and a county's own node must satisfy: codes, names,
 * a tree without missing parents or cycles. Pure checks, no database, so they are tested on their own.
 */
final class CatalogueRules {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]{1,39}");
    private static final int MAX_NODES = 2000;
    private static final int MAX_TOPICS = 200;
    private static final int MAX_NAME = 60;

    private CatalogueRules() {
    }

    /** The release's nodes as they will be stored, in the order given (sort order 10, 20, …). */
    static List<CatalogueNode> release(List<NodeInput> nodes) {
        if (nodes == null || nodes.isEmpty()) {
            throw new InvalidInputException("nodes", "目录至少需要一个节点");
        }
        if (nodes.size() > MAX_NODES) {
            throw new InvalidInputException("nodes", "目录节点不能超过 2000 个");
        }
        Set<String> codes = new HashSet<>();
        // In the order given, so a refusal names the first node that breaks the tree.
        Map<String, String> parents = new LinkedHashMap<>();
        List<CatalogueNode> result = new ArrayList<>();
        int order = 0;
        for (NodeInput n : nodes) {
            if (n == null || !isCode(n.code())) {
                throw new InvalidInputException("code", "目录代码须为 2 至 40 位小写字母和数字，以字母开头");
            }
            if (!codes.add(n.code())) {
                throw new InvalidInputException("code", "目录代码重复：" + n.code());
            }
            String name = nodeName(n.name());
            parents.put(n.code(), n.parentCode());
            result.add(new CatalogueNode(n.code(), n.parentCode(), name, order += 10,
                    Boolean.TRUE.equals(n.allowLocalChildren()), false));
        }
        for (Map.Entry<String, String> e : parents.entrySet()) {
            Set<String> seen = new HashSet<>();
            String p = e.getValue();
            while (p != null) {
                if (!codes.contains(p)) {
                    throw new InvalidInputException("parentCode", "上级目录不存在：" + p);
                }
                if (!seen.add(p) || p.equals(e.getKey())) {
                    throw new InvalidInputException("parentCode", "目录存在循环：" + e.getKey());
                }
                p = parents.get(p);
            }
        }
        return result;
    }

    static void topics(List<TopicCategory> wanted) {
        if (wanted == null || wanted.isEmpty() || wanted.size() > MAX_TOPICS) {
            throw new InvalidInputException("topics", "主题分类应有 1 至 200 项");
        }
        Set<String> codes = new HashSet<>();
        for (TopicCategory t : wanted) {
            if (t == null || !isCode(t.code()) || !codes.add(t.code())) {
                throw new InvalidInputException("code", "主题分类代码须为 2 至 40 位小写字母和数字，且不能重复");
            }
            if (t.name() == null || t.name().isBlank() || t.name().strip().length() > MAX_NAME) {
                throw new InvalidInputException("name", "主题分类名称不能为空，且不能超过 60 个字");
            }
        }
    }

    /** A county's own node: its code and its name, returned trimmed. */
    static String localNode(String code, String name) {
        if (!isCode(code)) {
            throw new InvalidInputException("code", "目录代码须为 2 至 40 位小写字母和数字，以字母开头");
        }
        return nodeName(name);
    }

    private static String nodeName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new InvalidInputException("name", "目录名称不能为空，且不能超过 60 个字");
        }
        return trimmed;
    }

    private static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
