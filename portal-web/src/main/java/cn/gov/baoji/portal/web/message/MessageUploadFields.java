package cn.gov.baoji.portal.web.message;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.gov.baoji.portal.core.message.MessageFile;

/** The write form as posted with files ({@code multipart/form-data}). */
public class MessageUploadFields extends MessageFormFields {

    @RestForm("attachments")
    public List<FileUpload> attachments;

    /** The files chosen; an empty file input (nothing chosen) sends a nameless empty part, which is no file. */
    List<MessageFile> files() {
        if (attachments == null) {
            return List.of();
        }
        return attachments.stream().filter(f -> !(f.size() == 0 && (f.fileName() == null || f.fileName().isBlank())))
                .map(f -> new MessageFile(f.fileName(), null, read(f))).toList();
    }

    private static byte[] read(FileUpload upload) {
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading an uploaded file failed", e);
        }
    }
}
