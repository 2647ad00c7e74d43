package cn.gov.baoji.portal.admin.message;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.message.Message;
import cn.gov.baoji.portal.core.message.MessageDetail;

/**
 * Takes a handling step only on the message as the person saw it. The version the page showed is
 * compared in the same transaction as the step, and the step's update is conditional on that same
 * version (the entity's {@code @Version}): of two editors acting on one message at once, one wins and
 * the other is told, instead of a rejection silently overriding a routing made a second earlier.
 */
@ApplicationScoped
public class MessageSteps {

    private final EntityManager em;

    MessageSteps(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public MessageDetail expecting(long id, int version, Function<Message, MessageDetail> step) {
        Message message = em.find(Message.class, id);
        if (message == null) {
            throw new NotFoundException("留言不存在。");
        }
        if (message.getVersion() != version) {
            throw new ConflictException("这条留言在您打开页面之后已被他人处理，现在的状态是“" + message.getState().label()
                    + "”。本次操作没有执行，请查看下方的最新情况后再决定。");
        }
        return step.apply(message);
    }
}
