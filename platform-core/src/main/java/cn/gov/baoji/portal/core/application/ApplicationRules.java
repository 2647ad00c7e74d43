package cn.gov.baoji.portal.core.application;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.baoji.portal.core.content.UploadPolicy;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.PortalException;

/**
 * The checks on what a citizen sends with an application, field by field and file by file, all at
 * once so that a form can show every problem next to its field. Messages name the field as the form
 * labels it. Digits typed in full width (１２３) count as digits.
 */
public final class ApplicationRules {

    public static final int MAX_APPLICANT = 50;
    public static final int MAX_NOTE = 1000;
    public static final int MAX_COMMENT = 1000;
    /** Files per required material (e.g. the two sides of an identity card), and files added later at once. */
    public static final int MAX_FILES_PER_ITEM = 3;
    /** The upload field of material added after a request (补正). */
    public static final String SUPPLEMENT_FIELD = "files";

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}(\\.\\d{1,4})?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

    /** Input that passed every check, ready to store. */
    record Checked(String applicant, String phone, Map<String, String> values, List<CheckedFile> files) {
    }

    /** A file accepted by the upload rules and by its requirement. */
    record CheckedFile(String field, String label, String fileName, String contentType, byte[] bytes) {
    }

    private ApplicationRules() {
    }

    /**
     * Every problem of {@code input} and {@code uploads} against {@code definition}, by field key, in
     * form order; empty if the application may be stored.
     */
    public static Map<String, String> problems(FormDefinition definition, ApplicationInput input, List<Upload> uploads,
            LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        check(definition, input, uploads, today, problems, new ArrayList<>(), new LinkedHashMap<>(), new boolean[1]);
        return problems;
    }

    /** The checked application, or its first problem as an exception (413 for a file over the size limit). */
    static Checked check(FormDefinition definition, ApplicationInput input, List<Upload> uploads, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<CheckedFile> files = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        boolean[] tooLarge = new boolean[1];
        check(definition, input, uploads, today, problems, files, values, tooLarge);
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            if (tooLarge[0]) {
                throw new UploadPolicy.TooLarge(first.getValue());
            }
            throw new InvalidInputException(first.getKey(), first.getValue());
        }
        return new Checked(clean(input.applicant()), phone(input.phone()), values, files);
    }

    private static void check(FormDefinition definition, ApplicationInput input, List<Upload> uploads, LocalDate today,
            Map<String, String> problems, List<CheckedFile> files, Map<String, String> values, boolean[] tooLarge) {
        if (input == null) {
            problems.put("body", "请求内容不能为空");
            return;
        }
        String applicant = clean(input.applicant());
        if (applicant.isEmpty()) {
            problems.put("applicant", "申请人不能为空");
        } else if (applicant.contains("\n") || applicant.codePointCount(0, applicant.length()) > MAX_APPLICANT) {
            problems.put("applicant", "申请人不能超过 " + MAX_APPLICANT + " 个字，且不能换行");
        }
        String mobile = phone(input.phone());
        if (mobile.isEmpty()) {
            problems.put("phone", "手机号码不能为空");
        } else if (!MOBILE.matcher(mobile).matches()) {
            problems.put("phone", "手机号码应为 11 位手机号码，如 13800000000");
        }
        for (FormField field : definition.fields()) {
            String typed = input.values().get(field.key());
            Optional<String> problem = problem(field, typed, today);
            if (problem.isPresent()) {
                problems.put(field.key(), problem.get());
            } else {
                String value = normalized(field, typed);
                if (!value.isEmpty()) {
                    values.put(field.key(), value);
                }
            }
        }
        checkFiles(definition.files(), uploads == null ? List.of() : uploads, problems, files, tooLarge);
    }

    private static void checkFiles(List<RequiredFile> required, List<Upload> uploads, Map<String, String> problems,
            List<CheckedFile> files, boolean[] tooLarge) {
        for (Upload upload : uploads) {
            if (upload.field() == null || required.stream().noneMatch(r -> r.key().equals(upload.field()))) {
                problems.putIfAbsent(upload.field() == null ? "files" : upload.field(), "表单没有这一项附件材料，请刷新页面后重新提交");
            }
        }
        for (RequiredFile r : required) {
            List<Upload> sent = uploads.stream().filter(u -> r.key().equals(u.field()) && !empty(u)).toList();
            if (sent.isEmpty()) {
                if (r.required()) {
                    problems.put(r.key(), "请上传“" + r.name() + "”");
                }
                continue;
            }
            if (sent.size() > MAX_FILES_PER_ITEM) {
                problems.put(r.key(), "“" + r.name() + "”最多上传 " + MAX_FILES_PER_ITEM + " 个文件");
                continue;
            }
            for (Upload u : sent) {
                try {
                    files.add(accept(u, r.name(), r.types()));
                } catch (UploadPolicy.TooLarge e) {
                    tooLarge[0] = tooLarge[0] || problems.isEmpty();
                    problems.putIfAbsent(r.key(), "“" + r.name() + "”：" + e.getMessage());
                } catch (PortalException e) {
                    problems.putIfAbsent(r.key(), "“" + r.name() + "”：" + e.getMessage());
                }
            }
        }
    }

    /**
     * Material a citizen adds after a request (补正): any type the upload rules accept, up to
     * {@value #MAX_FILES_PER_ITEM} files, each checked by content.
     */
    static List<CheckedFile> supplement(List<Upload> uploads) {
        List<Upload> sent = uploads == null ? List.of() : uploads.stream().filter(u -> !empty(u)).toList();
        if (sent.size() > MAX_FILES_PER_ITEM) {
            throw new InvalidInputException(SUPPLEMENT_FIELD, "一次最多上传 " + MAX_FILES_PER_ITEM + " 个文件");
        }
        List<CheckedFile> files = new ArrayList<>();
        for (Upload u : sent) {
            files.add(accept(new Upload(SUPPLEMENT_FIELD, u.fileName(), u.bytes()), "补正材料", List.of(FileType.values())));
        }
        return files;
    }

    private static CheckedFile accept(Upload u, String label, List<FileType> types) {
        UploadPolicy.Accepted accepted;
        try {
            accepted = UploadPolicy.check(u.fileName(), u.bytes());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(u.field(), e.getMessage());
        }
        String extension = extension(accepted.fileName());
        if (types.stream().noneMatch(t -> t.extensions().contains(extension))) {
            throw new InvalidInputException(u.field(), "文件“" + accepted.fileName() + "”的类型不符合要求，请上传"
                    + FileType.labels(types));
        }
        return new CheckedFile(u.field(), label, accepted.fileName(), accepted.contentType(), u.bytes());
    }

    private static boolean empty(Upload u) {
        // A file input left empty still sends a part, with no name and no bytes.
        return (u.bytes() == null || u.bytes().length == 0) && (u.fileName() == null || u.fileName().isBlank());
    }

    /** Why {@code typed} does not fit {@code field}, in Chinese, or empty. */
    static Optional<String> problem(FormField field, String typed, LocalDate today) {
        String label = field.label();
        String value = field.kind() == FieldKind.TEXT ? clean(typed) : halfWidth(clean(typed)).replaceAll("\\s", "");
        if (value.isEmpty()) {
            return field.required() ? Optional.of(label + "不能为空") : Optional.empty();
        }
        return switch (field.kind()) {
            case TEXT -> value.codePointCount(0, value.length()) > field.maxLength()
                    ? Optional.of(label + "不能超过 " + field.maxLength() + " 个字") : Optional.empty();
            case NUMBER -> NUMBER.matcher(value).matches() ? Optional.empty()
                    : Optional.of(label + "应填写数字，如 3 或 12.5");
            case DATE -> date(value).isPresent() ? Optional.empty()
                    : Optional.of(label + "应填写有效日期，格式如 2026-07-01");
            case CHOICE -> field.choices().contains(value) ? Optional.empty()
                    : Optional.of("请从列表中选择" + label);
            case PHONE -> MOBILE.matcher(value.replace("-", "")).matches() ? Optional.empty()
                    : Optional.of(label + "应为 11 位手机号码，如 13800000000");
            case ID_NUMBER -> idProblem(label, IdNumbers.problem(IdNumbers.normalize(value), today));
        };
    }

    private static Optional<String> idProblem(String label, IdNumbers.Problem problem) {
        if (problem == null) {
            return Optional.empty();
        }
        return Optional.of(switch (problem) {
            case SHAPE -> label + "应为 18 位居民身份证号码，最后一位可以是数字或 X";
            case BIRTH_DATE -> label + "中的出生日期不正确，请核对后重新填写";
            case CHECK_DIGIT -> label + "的校验位不正确，请核对后重新填写";
        });
    }

    /** The value as stored: dates as yyyy-MM-dd, numbers, phone and ID numbers without spaces. */
    private static String normalized(FormField field, String typed) {
        String value = field.kind() == FieldKind.TEXT ? clean(typed) : halfWidth(clean(typed)).replaceAll("\\s", "");
        return switch (field.kind()) {
            case DATE -> value.isEmpty() ? "" : date(value).map(LocalDate::toString).orElse(value);
            case PHONE -> value.replace("-", "");
            case ID_NUMBER -> IdNumbers.normalize(value);
            default -> value;
        };
    }

    private static Optional<LocalDate> date(String value) {
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return day.getYear() < 1900 || day.getYear() > 2100 ? Optional.empty() : Optional.of(day);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A mobile number as stored and compared: digits only, spaces and dashes a citizen typed removed. */
    public static String phone(String typed) {
        return typed == null ? "" : halfWidth(typed).replaceAll("[\\s\\-]", "");
    }

    /** A required or optional plain text of the back office or a citizen's note. */
    static Optional<String> text(String field, String value, int max, boolean required, String label) {
        String cleaned = clean(value);
        if (cleaned.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, label + "不能为空");
            }
            return Optional.empty();
        }
        if (cleaned.codePointCount(0, cleaned.length()) > max) {
            throw new InvalidInputException(field, label + "不能超过 " + max + " 个字");
        }
        return Optional.of(cleaned);
    }

    static String clean(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}\\p{Cf}&&[^\\n\\t]]", "").strip();
    }

    /** Full-width digits, letters and punctuation (as Chinese input methods type them) as ASCII. */
    static String halfWidth(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
