package cn.gov.baoji.portal.admin.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.core.application.FieldKind;
import cn.gov.baoji.portal.core.application.FileType;
import cn.gov.baoji.portal.core.application.FormDefinition;
import cn.gov.baoji.portal.core.application.FormField;
import cn.gov.baoji.portal.core.application.RequiredFile;
import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * The form editor as posted: one row of inputs per field and per required file, in page order,
 * plus a blank row of each for adding one. Repeated names arrive in order; checkboxes, which send
 * nothing when unticked, carry their row's number instead. A {@code move} button saves and moves a
 * row up or down ({@code field:2:up}).
 */
public class FormEditorFields {

    @RestForm
    public List<String> key = List.of();
    @RestForm
    public List<String> label = List.of();
    @RestForm
    public List<String> kind = List.of();
    @RestForm
    public List<String> maxLength = List.of();
    @RestForm
    public List<String> choices = List.of();
    @RestForm
    public List<String> hint = List.of();
    @RestForm
    public List<String> required = List.of();
    @RestForm
    public List<String> remove = List.of();
    @RestForm
    public List<String> fileKey = List.of();
    @RestForm
    public List<String> fileName = List.of();
    @RestForm
    public List<String> fileType = List.of();
    @RestForm
    public List<String> fileRequired = List.of();
    @RestForm
    public List<String> fileRemove = List.of();
    @RestForm
    public String move;

    /** The definition the webmaster sees after this post: removed rows gone, the blank rows added if filled, moves made. */
    FormDefinition definition() {
        Set<String> req = new HashSet<>(nonNull(required));
        Set<String> gone = new HashSet<>(nonNull(remove));
        List<FormField> fields = new ArrayList<>();
        List<Integer> fieldRows = new ArrayList<>();
        for (int i = 0; i < nonNull(label).size(); i++) {
            String k = at(key, i);
            String l = at(label, i);
            if (gone.contains(String.valueOf(i)) || (k.isBlank() && l.isBlank())) {
                continue;
            }
            FieldKind fieldKind = FieldKind.fromKey(at(kind, i)).orElse(null);
            fields.add(new FormField(k.isBlank() ? null : k, l, fieldKind, req.contains(String.valueOf(i)), number(at(maxLength, i), l),
                    Arrays.stream(at(choices, i).split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    at(hint, i)));
            fieldRows.add(i);
        }
        Set<String> fileReq = new HashSet<>(nonNull(fileRequired));
        Set<String> fileGone = new HashSet<>(nonNull(fileRemove));
        List<RequiredFile> files = new ArrayList<>();
        List<Integer> fileRows = new ArrayList<>();
        for (int i = 0; i < nonNull(fileName).size(); i++) {
            String k = at(fileKey, i);
            String n = at(fileName, i);
            if (fileGone.contains(String.valueOf(i)) || (k.isBlank() && n.isBlank())) {
                continue;
            }
            String row = i + ":";
            List<FileType> types = nonNull(fileType).stream().filter(t -> t.startsWith(row))
                    .map(t -> FileType.fromKey(t.substring(row.length())).orElse(null)).filter(t -> t != null).toList();
            files.add(new RequiredFile(k.isBlank() ? null : k, n, fileReq.contains(String.valueOf(i)), types));
            fileRows.add(i);
        }
        if (move != null && move.matches("(field|file):\\d{1,3}:(up|down)")) {
            String[] parts = move.split(":");
            boolean up = parts[2].equals("up");
            if (parts[0].equals("field")) {
                swap(fields, fieldRows.indexOf(Integer.parseInt(parts[1])), up);
            } else {
                swap(files, fileRows.indexOf(Integer.parseInt(parts[1])), up);
            }
        }
        return new FormDefinition(fields, files);
    }

    /** Moves the item at {@code from} one place up or down, if there is room. */
    private static <T> void swap(List<T> items, int from, boolean up) {
        int to = up ? from - 1 : from + 1;
        if (from >= 0 && to >= 0 && to < items.size()) {
            Collections.swap(items, from, to);
        }
    }

    private static int number(String value, String label) {
        if (value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("fields", "“" + label + "”的最多字数应填写数字");
        }
    }

    private static String at(List<String> values, int i) {
        List<String> list = nonNull(values);
        return i < list.size() && list.get(i) != null ? list.get(i) : "";
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values;
    }
}
