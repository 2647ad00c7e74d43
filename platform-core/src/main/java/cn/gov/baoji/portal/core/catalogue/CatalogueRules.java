package cn.gov.baoji.portal.core.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.gov.baoji.portal.core.catalogue.CatalogueService.NodeInput;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;

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

    /** The list with a new topic at its end; its code must not be taken yet. */
    static List<TopicCategory> addTopic(List<TopicCategory> topics, String code, String name) {
        String wanted = code == null ? "" : code.strip();
        if (topics.stream().anyMatch(t -> t.code().equals(wanted))) {
            throw new InvalidInputException("code", "主题分类代码已存在：" + wanted);
        }
        List<TopicCategory> result = new ArrayList<>(topics);
        result.add(new TopicCategory(wanted, name, 0));
        return result;
    }

    static List<TopicCategory> renameTopic(List<TopicCategory> topics, String code, String name) {
        List<TopicCategory> result = new ArrayList<>(topics);
        int at = topicIndex(result, code);
        result.set(at, new TopicCategory(code, name, result.get(at).sortOrder()));
        return result;
    }

    /** One place up ({@code -1}) or down ({@code +1}); the first stays first, the last stays last. */
    static List<TopicCategory> shiftTopic(List<TopicCategory> topics, String code, int direction) {
        List<TopicCategory> result = new ArrayList<>(topics);
        int at = topicIndex(result, code);
        int other = at + Integer.signum(direction);
        if (other >= 0 && other < result.size()) {
            result.set(at, result.set(other, result.get(at)));
        }
        return result;
    }

    static List<TopicCategory> removeTopic(List<TopicCategory> topics, String code) {
        List<TopicCategory> result = new ArrayList<>(topics);
        result.remove(topicIndex(result, code));
        return result;
    }

    static int topicIndex(List<TopicCategory> topics, String code) {
        for (int i = 0; i < topics.size(); i++) {
            if (topics.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new NotFoundException("主题分类不存在：" + code);
    }

    /**
     * A short fingerprint of the list as stored (codes, names, order): a page sends it back with a change,
     * and the change is refused if the list no longer has it.
     */
    static String topicsRevision(List<TopicCategory> topics) {
        StringBuilder all = new StringBuilder();
        for (TopicCategory t : topics) {
            all.append(t.code()).append('\t').append(t.name()).append('\t').append(t.sortOrder()).append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
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

    /** Whether this could be the code of a catalogue node or topic. */
    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
