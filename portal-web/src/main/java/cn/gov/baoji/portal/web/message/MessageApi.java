package cn.gov.baoji.portal.web.message;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.gov.baoji.portal.core.message.MessageLookup;
import cn.gov.baoji.portal.core.message.MessagePage;
import cn.gov.baoji.portal.core.message.PublicMessage;

/** The records of the public message API: requests and answers, with no personal data in any answer. */
final class MessageApi {

    private MessageApi() {
    }

    /** A citizen's message as the API receives it; {@code altcha} carries the solved challenge. */
    record MessageRequest(String kind, String department, String title, String content, String name, String phone,
            String email, Boolean publish, String altcha) {
    }

    /** The query code, grouped for reading aloud (ABCD-EFGH-JKLM); lookups take it with or without dashes. */
    record Created(String queryCode) {
    }

    record LookupRequest(String queryCode, String phone) {
    }

    /** An addressee a citizen may choose: the leader's mailbox ({@code kind} leader), a department or a township. */
    record Addressee(String code, String name, String kind, String kindLabel) {
    }

    /** A published message; {@code reply} and {@code repliedAt} once answered. */
    record Item(long id, String kind, String kindLabel, String title, String content, String author, String addressee,
            String department, String state, String stateLabel, OffsetDateTime receivedAt, String reply,
            OffsetDateTime repliedAt, List<File> attachments) {

        static Item of(PublicMessage m) {
            return new Item(m.id(), m.kind(), m.kindLabel(), m.title(), m.content(), PublicMessage.AUTHOR, m.addresseeName(),
                    m.departmentName(), m.state(), m.stateLabel(), m.receivedAt(), m.reply(), m.repliedAt(),
                    m.attachments().stream().map(f -> File.of(m.id(), f)).toList());
        }
    }

    /** A file the county made public with the message. */
    record File(String fileName, String url) {

        static File of(long messageId, PublicMessage.File f) {
            return new File(f.fileName(), MessagePages.fileUrl(messageId, f));
        }
    }

    record Listing(List<Item> items, long total, int page, int size, int pages) {

        static Listing of(MessagePage<PublicMessage> page) {
            return new Listing(page.items().stream().map(Item::of).toList(), page.total(), page.page(), page.size(),
                    page.pages());
        }
    }

    /** What a lookup tells the citizen; {@code reply} once answered, {@code invalidReason} if not accepted. */
    record LookupAnswer(String queryCode, String kind, String title, String addressee, String department, String state,
            String stateLabel, OffsetDateTime receivedAt, LocalDate dueOn, String reply, OffsetDateTime repliedAt,
            String invalidReason, boolean published) {

        static LookupAnswer of(MessageLookup l) {
            return new LookupAnswer(l.queryCode(), l.kindLabel(), l.title(), l.addresseeName(), l.departmentName(), l.state(),
                    l.stateLabel(), l.receivedAt(), l.dueOn(), l.reply(), l.repliedAt(), l.invalidReason(), l.published());
        }
    }
}
