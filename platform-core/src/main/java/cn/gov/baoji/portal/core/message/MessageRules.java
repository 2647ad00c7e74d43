package cn.gov.baoji.portal.core.message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import cn.gov.baoji.portal.core.content.UploadPolicy;
import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * The checks on what a citizen sends, all at once so that a form can show every problem next to its
 * field. Texts are plain: control characters go, line breaks stay; pages escape them when shown.
 */
public final class MessageRules {

    public static final int MAX_TITLE = 100;
    public static final int MAX_CONTENT = 5000;
    public static final int MAX_NAME = 40;
    public static final int MAX_EMAIL = 100;
    public static final int MAX_REPLY = 5000;
    public static final int MAX_COMMENT = 1000;
    public static final int MAX_ATTACHMENTS = 3;
    /** All of a message's files together. */
    public static final long MAX_ATTACHMENT_BYTES = UploadPolicy.MAX_BYTES;

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    /** A message that passed every check, ready to store. */
    record Checked(MessageKind kind, String addressee, String title, String content, String name, String phone, String email,
            boolean publish) {
    }

    private MessageRules() {
    }

    /**
     * Every problem of {@code input}, by field name, in form order; empty if it may be stored.
     *
     * @param addressee whether a department code is one a citizen may write to
     */
    public static Map<String, String> problems(MessageInput input, Predicate<String> addressee) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (input == null) {
            problems.put("body", "请求内容不能为空");
            return problems;
        }
        if (input.kind() == null || input.kind().isBlank()) {
            problems.put("kind", "请选择留言类型");
        } else if (MessageKind.fromKey(input.kind()).isEmpty()) {
            problems.put("kind", "留言类型应为咨询、建议、投诉、举报或求助");
        }
        if (input.department() == null || input.department().isBlank()) {
            problems.put("department", "请选择留言对象");
        } else if (!Message.LEADER.equals(input.department()) && !addressee.test(input.department())) {
            problems.put("department", "所选的留言对象不存在，请重新选择");
        }
        text(problems, "title", input.title(), MAX_TITLE, "标题");
        text(problems, "content", input.content(), MAX_CONTENT, "留言内容");
        text(problems, "name", input.name(), MAX_NAME, "姓名");
        String phone = phone(input.phone());
        if (phone.isEmpty()) {
            problems.put("phone", "手机号码不能为空");
        } else if (!MOBILE.matcher(phone).matches()) {
            problems.put("phone", "请填写 11 位手机号码，如 13800000000");
        }
        String email = clean(input.email());
        if (!email.isEmpty()) {
            if (email.length() > MAX_EMAIL) {
                problems.put("email", "电子邮箱不能超过 " + MAX_EMAIL + " 个字符");
            } else if (!EMAIL.matcher(email).matches()) {
                problems.put("email", "电子邮箱格式不正确，如 name@example.com");
            }
        }
        return problems;
    }

    /**
     * What is wrong with the files sent with a message, if anything: too many, too large together,
     * or one the upload rules refuse (by content, not by name).
     */
    public static Optional<String> attachmentProblem(List<MessageFile> files) {
        if (files.size() > MAX_ATTACHMENTS) {
            return Optional.of("最多上传 " + MAX_ATTACHMENTS + " 个附件");
        }
        long total = files.stream().mapToLong(f -> f.bytes() == null ? 0 : f.bytes().length).sum();
        if (total > MAX_ATTACHMENT_BYTES) {
            return Optional.of("附件合计不能超过 20 MB，请压缩后再上传");
        }
        for (MessageFile f : files) {
            try {
                UploadPolicy.check(f.fileName(), f.bytes());
            } catch (InvalidInputException | UploadPolicy.TooLarge e) {
                String name = clean(f.fileName());
                return Optional.of("附件“" + (name.length() > 60 ? name.substring(0, 60) + "…" : name) + "”：" + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** The checked message, or the first problem as an {@link InvalidInputException}. */
    static Checked check(MessageInput input, Predicate<String> addressee) {
        Map<String, String> problems = problems(input, addressee);
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            throw new InvalidInputException(first.getKey(), first.getValue());
        }
        String email = clean(input.email());
        return new Checked(MessageKind.fromKey(input.kind()).orElseThrow(), input.department(), clean(input.title()),
                clean(input.content()), clean(input.name()), phone(input.phone()), email.isEmpty() ? null : email,
                Boolean.TRUE.equals(input.publish()));
    }

    /** A mobile number as stored and compared: digits only, spaces and dashes a citizen typed removed. */
    public static String phone(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s\\-]", "");
    }

    /** A required or optional plain text of the back office (reply, comment, reason). */
    static Optional<String> text(String field, String value, int max, boolean required, String label) {
        Map<String, String> problems = new LinkedHashMap<>();
        String cleaned = clean(value);
        if (cleaned.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, label + "不能为空");
            }
            return Optional.empty();
        }
        text(problems, field, cleaned, max, label);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(field, problems.get(field));
        }
        return Optional.of(cleaned);
    }

    private static void text(Map<String, String> problems, String field, String value, int max, String label) {
        String cleaned = clean(value);
        if (cleaned.isEmpty()) {
            problems.put(field, label + "不能为空");
        } else if (cleaned.codePointCount(0, cleaned.length()) > max) {
            problems.put(field, label + "不能超过 " + max + " 个字");
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
    }
}
