package cn.gov.baoji.portal.web.application;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import cn.gov.baoji.portal.core.application.ApplicationInput;
import cn.gov.baoji.portal.core.application.Upload;
import cn.gov.baoji.portal.core.content.UploadPolicy;
import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * A multipart application form as posted: its text fields (the first value of each name) and its
 * files. The form's fields are named after the definition's keys, so they are read by name at
 * run time rather than bound to a fixed bean.
 */
record MultipartForm(Map<String, String> texts, List<Upload> uploads) {

    /** Text values longer than this are cut: no field of any form takes more (a 2,000-character text, three bytes each). */
    private static final int MAX_TEXT = 8_000;
    private static final int MAX_PARTS = 80;

    static MultipartForm read(MultipartFormDataInput input) {
        Map<String, String> texts = new LinkedHashMap<>();
        List<Upload> uploads = new ArrayList<>();
        if (input == null || input.getValues() == null) {
            return new MultipartForm(texts, uploads);
        }
        int parts = 0;
        for (Map.Entry<String, Collection<FormValue>> entry : input.getValues().entrySet()) {
            for (FormValue value : entry.getValue()) {
                if (++parts > MAX_PARTS) {
                    throw new InvalidInputException("body", "表单项过多");
                }
                if (value.isFileItem()) {
                    uploads.add(new Upload(entry.getKey(), value.getFileName(), bytes(value)));
                } else if (!texts.containsKey(entry.getKey())) {
                    String text = value.getValue();
                    texts.put(entry.getKey(), text != null && text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
                }
            }
        }
        return new MultipartForm(texts, uploads);
    }

    String text(String name) {
        return texts.get(name);
    }

    /** The applicant's input: the fixed fields and every other text by name (the definition picks its keys). */
    ApplicationInput input() {
        Map<String, String> values = new LinkedHashMap<>(texts);
        values.values().removeIf(v -> v == null);
        return new ApplicationInput(texts.get("applicant"), texts.get("phone"), values);
    }

    private static byte[] bytes(FormValue value) {
        try {
            if (value.getFileItem().getFileSize() > UploadPolicy.MAX_BYTES + 1) {
                // Read no further than the limit: the rules only need to know it is too large.
                try (InputStream in = value.getFileItem().getInputStream()) {
                    return in.readNBytes((int) UploadPolicy.MAX_BYTES + 1);
                }
            }
            try (InputStream in = value.getFileItem().getInputStream()) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new InvalidInputException("files", "文件读取失败，请重新上传");
        }
    }
}
