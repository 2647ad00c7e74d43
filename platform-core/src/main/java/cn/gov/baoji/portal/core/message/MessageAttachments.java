package cn.gov.baoji.portal.core.message;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.baoji.portal.core.content.FileDigests;
import cn.gov.baoji.portal.core.content.UploadPolicy;

/** Storing and reading the files of messages; listings never load the files' bytes. */
@ApplicationScoped
class MessageAttachments {

    private final EntityManager em;

    MessageAttachments(EntityManager em) {
        this.em = em;
    }

    /** A checked file ready to persist with its message (the upload rules decide name and type). */
    MessageAttachment stored(Message m, MessageFile file) {
        UploadPolicy.Accepted accepted = UploadPolicy.check(file.fileName(), file.bytes());
        MessageAttachment a = new MessageAttachment();
        a.messageId = m.getId();
        a.fileName = accepted.fileName();
        a.contentType = accepted.contentType();
        a.size = file.bytes().length;
        a.sha256 = FileDigests.sha256(file.bytes());
        a.bytes = file.bytes();
        return a;
    }

    List<MessageDetail.Attachment> listed(long messageId) {
        return em.createQuery("SELECT new cn.gov.baoji.portal.core.message.MessageDetail$Attachment(a.id, a.fileName,"
                + " a.contentType, a.size, a.shown) FROM MessageAttachment a WHERE a.messageId = :m ORDER BY a.id",
                MessageDetail.Attachment.class).setParameter("m", messageId).getResultList();
    }

    /** A file of that message; with {@code onlyShown}, only if the editor made it public. */
    Optional<MessageFile> file(long messageId, long attachmentId, boolean onlyShown) {
        MessageAttachment a = em.find(MessageAttachment.class, attachmentId);
        if (a == null || !a.messageId.equals(messageId) || (onlyShown && !a.shown)) {
            return Optional.empty();
        }
        return Optional.of(new MessageFile(a.fileName, a.contentType, a.bytes));
    }

    MessageAttachment require(long messageId, long attachmentId) {
        MessageAttachment a = em.find(MessageAttachment.class, attachmentId);
        if (a == null || !a.messageId.equals(messageId)) {
            throw new cn.gov.baoji.portal.core.error.NotFoundException("附件不存在");
        }
        return a;
    }
}
