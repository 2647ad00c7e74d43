package cn.gov.baoji.portal.web.message;

import java.util.UUID;

import jakarta.persistence.EntityManager;

import cn.gov.baoji.portal.core.message.MessageBoard;
import cn.gov.baoji.portal.core.message.MessageInput;
import cn.gov.baoji.portal.core.message.MessageLookup;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;

/**
 * Citizens' messages for back-office tests: written through the message board's own service (the
 * public form and its spam checks are tested on their own), and looked up as the citizen would.
 */
final class CitizenMessages {

    /** A message as stored: its id for the back office, its code for the citizen. */
    record Sent(long id, String queryCode, String phone) {
    }

    private final TenantScope scope;
    private final MessageBoard board;
    private final EntityManager em;

    CitizenMessages(TenantScope scope, MessageBoard board, EntityManager em) {
        this.scope = scope;
        this.board = board;
        this.em = em;
    }

    Sent send(String county, String addressee, String title, String phone, boolean publish) {
        MessageInput input = new MessageInput("consult", addressee, title,
                "我家孩子今年秋季上小学，户口不在本区，请问需要准备哪些材料？到哪里办理？", "王建国", phone, "wangjianguo@example.com",
                publish);
        return scope.call(TenantCode.of(county), () -> {
            String code = board.submit(input, "test-" + UUID.randomUUID(), () -> {
            });
            long id = em.createQuery("SELECT m.id FROM Message m WHERE m.queryCode = :c", Long.class).setParameter("c", code)
                    .getSingleResult();
            return new Sent(id, code, phone);
        });
    }

    MessageLookup lookUp(String county, Sent sent) {
        return scope.call(TenantCode.of(county), () -> board.lookup(sent.queryCode(), sent.phone()).orElseThrow());
    }
}
