package cn.gov.baoji.portal.admin.interview;

import java.io.IOException;
import java.nio.file.Files;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** A file field of a multipart form: none when the person chose no file (browsers then send an empty part). */
final class Uploads {

    private Uploads() {
    }

    static boolean chosen(FileUpload upload) {
        return upload != null && upload.uploadedFile() != null && upload.size() > 0;
    }

    static byte[] bytes(FileUpload upload) {
        if (!chosen(upload)) {
            return null;
        }
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new InvalidInputException("file", "文件读取失败，请重新上传");
        }
    }

    static String name(FileUpload upload) {
        return chosen(upload) ? upload.fileName() : null;
    }
}
