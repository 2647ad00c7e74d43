package cn.gov.baoji.portal.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.content.UploadPolicy;
import cn.gov.baoji.portal.core.error.InvalidInputException;

class FormFilesTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void pdfWordAndExcelAreAccepted() {
        assertThat(FormFiles.check("申请表.pdf", PDF).contentType()).isEqualTo("application/pdf");
        assertThat(FormFiles.check("申请表.docx", DocxForm.blank("申请表", List.of("姓名"))).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(FormFiles.check("统计表.xlsx", zip("xl/workbook.xml")).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(FormFiles.check("申请表.doc", ole("WordDocument")).contentType()).isEqualTo("application/msword");
        assertThat(FormFiles.check("统计表.xls", ole("Workbook")).contentType()).isEqualTo("application/vnd.ms-excel");
    }

    @Test
    void otherKindsAndDisguisedFilesAreRefused() {
        assertThatThrownBy(() -> FormFiles.check("照片.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> FormFiles.check("材料.zip", zip("a.txt"))).hasMessage(FormFiles.ALLOWED);
        // A ZIP archive or a PowerPoint file renamed: the right magic bytes, but not the document its name says.
        assertThatThrownBy(() -> FormFiles.check("申请表.docx", zip("a.txt"))).hasMessageContaining("不是有效的Word文档");
        assertThatThrownBy(() -> FormFiles.check("统计表.xlsx", zip("word/document.xml"))).hasMessageContaining("Excel");
        assertThatThrownBy(() -> FormFiles.check("申请表.doc", ole("PowerPoint Document"))).hasMessageContaining("Word");
        assertThatThrownBy(() -> FormFiles.check("申请表.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessageContaining("不支持的文件类型");
        assertThatThrownBy(() -> FormFiles.check("申请表.pdf", new byte[(int) UploadPolicy.MAX_BYTES + 1]))
                .isInstanceOf(UploadPolicy.TooLarge.class);
    }

    static byte[] zip(String part) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** The start of a compound file with one directory entry named {@code stream}. */
    static byte[] ole(String stream) {
        byte[] header = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
        byte[] name = (stream + "\u0000").getBytes(StandardCharsets.UTF_16LE);
        byte[] file = new byte[1024];
        System.arraycopy(header, 0, file, 0, header.length);
        System.arraycopy(name, 0, file, 512, name.length);
        return file;
    }
}
