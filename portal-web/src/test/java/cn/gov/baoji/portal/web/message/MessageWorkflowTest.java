package cn.gov.baoji.portal.web.message;

import static cn.gov.baoji.portal.web.message.MessageActors.editor;
import static cn.gov.baoji.portal.web.message.MessageActors.key;
import static cn.gov.baoji.portal.web.message.MessageActors.message;
import static cn.gov.baoji.portal.web.message.MessageActors.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.message.MessageBoard;
import cn.gov.baoji.portal.core.message.MessageDetail;
import cn.gov.baoji.portal.core.message.MessageFile;
import cn.gov.baoji.portal.core.message.MessageLookup;
import cn.gov.baoji.portal.core.message.MessageQueues;
import cn.gov.baoji.portal.core.message.MessageWorkflow;
import cn.gov.baoji.portal.core.message.PublicMessage;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.TestImages;
import io.quarkus.test.junit.QuarkusTest;

/** The handling of a message at service level: who may take which step in which state, and what is recorded. */
@QuarkusTest
class MessageWorkflowTest {

    private static final String COUNTY = "weibin";

    @Inject
    TenantScope scope;

    @Inject
    MessageBoard board;

    @Inject
    MessageWorkflow workflow;

    @Inject
    MessageQueues queues;

    @Inject
    DepartmentService departments;

    @Test
    void acceptTransferDraftReturnApprovePublish() {
        Actor editor = editor(COUNTY);
        Actor zfb = officer(COUNTY, "zfb");
        Actor czj = officer(COUNTY, "czj");
        String code = in(() -> board.submit(message("leader", "关于孩子秋季入学材料的咨询", "13912345601", true), key(), () -> {
        }));
        long id = idOf(code, "13912345601");
        assertThat(in(() -> queues.awaitingAcceptance(editor, 1, 100)).items()).anyMatch(r -> r.id() == id);

        // Only the county editor accepts; only once.
        assertThatThrownBy(() -> in(() -> workflow.accept(id, "czj", zfb, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> in(() -> workflow.accept(id, "czj", MessageActors.departmentReviewer(COUNTY, "zfb"), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> in(() -> workflow.accept(id, "nosuch", editor, null))).isInstanceOf(InvalidInputException.class);
        MessageDetail accepted = in(() -> workflow.accept(id, "czj", editor, "请财政局答复"));
        assertThat(accepted.state()).isEqualTo("ACCEPTED");
        assertThat(accepted.departmentCode()).isEqualTo("czj");
        assertThat(accepted.daysLeft()).isNotNull();
        assertThatThrownBy(() -> in(() -> workflow.accept(id, "czj", editor, null))).isInstanceOf(ConflictException.class);

        // Routed wrongly: the county editor transfers it, with a reason; the first department can no longer draft.
        assertThatThrownBy(() -> in(() -> workflow.transfer(id, "zfb", editor, " "))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> in(() -> workflow.transfer(id, "czj", editor, "改派"))).isInstanceOf(InvalidInputException.class);
        in(() -> workflow.draftReply(id, "财政局的初稿", czj));
        MessageDetail transferred = in(() -> workflow.transfer(id, "zfb", editor, "入学问题由区政府办协调教育局答复"));
        assertThat(transferred.state()).isEqualTo("ACCEPTED");
        assertThat(transferred.reply()).isNull();
        assertThatThrownBy(() -> in(() -> workflow.draftReply(id, "答复", czj))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> in(() -> workflow.draftReply(id, "答复", editor))).isInstanceOf(AccessDeniedException.class);
        assertThat(in(() -> queues.open(zfb, null, 1, 100)).items()).anyMatch(r -> r.id() == id);
        assertThat(in(() -> queues.open(czj, null, 1, 100)).items()).noneMatch(r -> r.id() == id);
        assertThatThrownBy(() -> in(() -> queues.detail(czj, id))).isInstanceOf(AccessDeniedException.class);

        // Draft, return with a comment, draft again, approve.
        assertThatThrownBy(() -> in(() -> workflow.approveReply(id, editor))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> in(() -> workflow.draftReply(id, " ", zfb))).isInstanceOf(InvalidInputException.class);
        in(() -> workflow.draftReply(id, "请携带户口簿。", zfb));
        assertThat(in(() -> queues.awaitingApproval(editor, 1, 100)).items()).anyMatch(r -> r.id() == id);
        assertThatThrownBy(() -> in(() -> workflow.approveReply(id, zfb))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> in(() -> workflow.returnReply(id, editor, ""))).isInstanceOf(InvalidInputException.class);
        in(() -> workflow.returnReply(id, editor, "请写明非本区户籍的办理方式"));
        assertThat(in(() -> board.publishedOne(id))).isEmpty();
        in(() -> workflow.draftReply(id, "请携带户口簿和房产证明；非本区户籍的，请携带居住证到区教育局办理。", zfb));
        MessageDetail replied = in(() -> workflow.approveReply(id, editor, "同意", null));
        assertThat(replied.state()).isEqualTo("REPLIED");
        assertThat(replied.published()).isTrue();
        assertThat(replied.repliedAt()).isNotNull();
        assertThat(replied.daysLeft()).isNull();
        assertThatThrownBy(() -> in(() -> workflow.returnReply(id, editor, "再改"))).isInstanceOf(ConflictException.class);

        assertThat(replied.events()).extracting(MessageDetail.Event::step).containsExactly("RECEIVE", "ACCEPT", "DRAFT",
                "TRANSFER", "DRAFT", "RETURN", "DRAFT", "APPROVE");
        assertThat(replied.events()).extracting(MessageDetail.Event::actorName).containsExactly("留言人", "区县审核员",
                "czj信息员", "区县审核员", "zfb信息员", "区县审核员", "zfb信息员", "区县审核员");
        MessageDetail.Event transfer = replied.events().get(3);
        assertThat(transfer.comment()).isEqualTo("入学问题由区政府办协调教育局答复");
        assertThat(transfer.fromDepartmentName()).isEqualTo("渭滨区财政局");
        assertThat(transfer.toDepartmentName()).isEqualTo("渭滨区人民政府办公室");
        assertThat(replied.events().get(5).comment()).isEqualTo("请写明非本区户籍的办理方式");
        assertThat(replied.events()).allMatch(e -> e.at() != null);

        PublicMessage shown = in(() -> board.publishedOne(id)).orElseThrow();
        assertThat(shown.reply()).contains("居住证");
        assertThat(shown.departmentName()).isEqualTo("渭滨区人民政府办公室");
        assertThat(shown.addresseeName()).isEqualTo("区长信箱");
        assertThat(shown.toString()).doesNotContain("13912345601").doesNotContain("王建国").doesNotContain("wang@example.com");

        MessageLookup lookup = in(() -> board.lookup(code, "13912345601")).orElseThrow();
        assertThat(lookup.state()).isEqualTo("replied");
        assertThat(lookup.reply()).contains("居住证");

        // Taken down again by the county editor, with a reason.
        assertThatThrownBy(() -> in(() -> workflow.unpublish(id, editor, null))).isInstanceOf(InvalidInputException.class);
        in(() -> workflow.unpublish(id, editor, "留言内容含有个人信息"));
        assertThat(in(() -> board.publishedOne(id))).isEmpty();
    }

    @Test
    void aReplyIsNotPublishedWithoutTheCitizensConsent() {
        Actor editor = editor(COUNTY);
        String code = in(() -> board.submit(message("zfb", "不愿公开的求助", "13912345602", false), key(), () -> {
        }));
        long id = idOf(code, "13912345602");
        in(() -> workflow.accept(id, "zfb", editor, null));
        assertThatThrownBy(() -> in(() -> workflow.publish(id, editor))).isInstanceOf(ConflictException.class);
        in(() -> workflow.draftReply(id, "已联系您本人处理。", officer(COUNTY, "zfb")));
        assertThat(in(() -> workflow.approveReply(id, editor)).published()).isFalse();
        assertThat(in(() -> board.publishedOne(id))).isEmpty();
        assertThat(in(() -> board.lookup(code, "13912345602")).orElseThrow().reply()).isEqualTo("已联系您本人处理。");
    }

    @Test
    void anInProgressMessageMayBePublishedBeforeItsReply() {
        Actor editor = editor(COUNTY);
        String code = in(() -> board.submit(message("zfb", "路灯不亮的问题", "13912345605", true), key(), () -> {
        }));
        long id = idOf(code, "13912345605");
        assertThatThrownBy(() -> in(() -> workflow.publish(id, editor))).isInstanceOf(ConflictException.class);
        in(() -> workflow.accept(id, "zfb", editor, null));
        in(() -> workflow.publish(id, editor));
        in(() -> workflow.draftReply(id, "尚未审核的答复", officer(COUNTY, "zfb")));
        PublicMessage shown = in(() -> board.publishedOne(id)).orElseThrow();
        assertThat(shown.state()).isEqualTo("processing");
        assertThat(shown.stateLabel()).isEqualTo("办理中");
        assertThat(shown.reply()).isNull();
    }

    @Test
    void rejectionAsInvalidShowsTheReasonOnLookup() {
        Actor editor = editor(COUNTY);
        String code = in(() -> board.submit(message("zfb", "广告推广", "13912345603", true), key(), () -> {
        }));
        long id = idOf(code, "13912345603");
        assertThatThrownBy(() -> in(() -> workflow.reject(id, officer(COUNTY, "zfb"), "广告"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> in(() -> workflow.reject(id, editor, ""))).isInstanceOf(InvalidInputException.class);
        MessageDetail rejected = in(() -> workflow.reject(id, editor, "留言内容为商业广告，与政务无关"));
        assertThat(rejected.state()).isEqualTo("REJECTED");
        assertThat(rejected.overdue()).isFalse();
        assertThatThrownBy(() -> in(() -> workflow.accept(id, "zfb", editor, null))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> in(() -> workflow.publish(id, editor))).isInstanceOf(ConflictException.class);

        MessageLookup lookup = in(() -> board.lookup(code, "13912345603")).orElseThrow();
        assertThat(lookup.state()).isEqualTo("rejected");
        assertThat(lookup.stateLabel()).isEqualTo("不予受理");
        assertThat(lookup.invalidReason()).isEqualTo("留言内容为商业广告，与政务无关");
        assertThat(lookup.reply()).isNull();
    }

    @Test
    void lookupNeedsTheRightCodeAndPhone() {
        String code = in(() -> board.submit(message("zfb", "查询码测试", "13912345604", false), key(), () -> {
        }));
        assertThat(code).hasSize(12).matches("[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}");
        String spaced = (code.substring(0, 4) + " " + code.substring(4, 8) + "-" + code.substring(8)).toLowerCase();
        assertThat(in(() -> board.lookup(spaced, "139 1234 5604"))).isPresent();
        assertThat(in(() -> board.lookup(code, "13912345604")).orElseThrow().queryCode())
                .isEqualTo(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8));
        assertThat(in(() -> board.lookup(code, "13912345699"))).isEmpty();
        assertThat(in(() -> board.lookup("ABCDEFGHJKLM", "13912345604"))).isEmpty();
        assertThat(in(() -> board.lookup("0000", "13912345604"))).isEmpty();
        assertThat(in(() -> board.lookup(null, null))).isEmpty();
        // Another county's host does not know the code.
        assertThat(scope.call(TenantCode.of("jintai"), () -> board.lookup(code, "13912345604"))).isEmpty();
    }

    @Test
    void anotherCountysPeopleCannotHandleTheMessages() {
        String code = scope.call(TenantCode.of("jintai"), () -> board.submit(message("zfb", "金台区的留言", "13912345607", false),
                key(), () -> {
                }));
        long id = scope.call(TenantCode.of("jintai"), () -> queues.byQueryCode(editor("jintai"), code)).orElseThrow().id();
        // Weibin's editor and officer, acting on Jintai's data, are nobody there.
        assertThatThrownBy(() -> scope.call(TenantCode.of("jintai"), () -> workflow.accept(id, "zfb", editor(COUNTY), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scope.call(TenantCode.of("jintai"), () -> queues.detail(editor(COUNTY), id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scope.call(TenantCode.of("jintai"), () -> queues.byQueryCode(officer(COUNTY, "zfb"), code)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(scope.call(TenantCode.of("jintai"), () -> queues.counts(editor(COUNTY))).awaitingAcceptance()).isZero();
        // Weibin's own back office does not know Jintai's code.
        assertThat(in(() -> queues.byQueryCode(editor(COUNTY), code))).isEmpty();
    }

    @Test
    void attachmentsStayPrivateUntilTheEditorShowsThem() {
        Actor editor = editor(COUNTY);
        byte[] pdf = "%PDF-1.4\n% 情况说明\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] png = TestImages.png(40, 30, java.awt.Color.ORANGE);
        // The upload rules: by content, at most three files.
        assertThatThrownBy(() -> in(() -> board.submit(message("zfb", "附件不对", "13912345608", true),
                List.of(new MessageFile("说明.pdf", null, "MZ not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                key(), () -> {
                }))).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("attachments");
        assertThatThrownBy(() -> in(() -> board.submit(message("zfb", "附件太多", "13912345608", true),
                List.of(new MessageFile("1.pdf", null, pdf), new MessageFile("2.pdf", null, pdf), new MessageFile("3.pdf", null, pdf),
                        new MessageFile("4.pdf", null, pdf)), key(), () -> {
                        }))).extracting("field").isEqualTo("attachments");

        String code = in(() -> board.submit(message("zfb", "附有照片的投诉", "13912345608", true),
                List.of(new MessageFile("情况说明.pdf", null, pdf), new MessageFile("现场照片.png", null, png)), key(), () -> {
                }));
        long id = idOf(code, "13912345608");
        MessageDetail detail = in(() -> queues.detail(editor, id));
        assertThat(detail.attachments()).extracting(MessageDetail.Attachment::fileName).containsExactly("情况说明.pdf", "现场照片.png");
        assertThat(detail.attachments()).extracting(MessageDetail.Attachment::contentType)
                .containsExactly("application/pdf", "image/png");
        assertThat(detail.attachments()).noneMatch(MessageDetail.Attachment::shown);
        long photo = detail.attachments().get(1).id();
        assertThat(in(() -> queues.file(editor, id, photo)).orElseThrow().bytes()).isEqualTo(png);

        in(() -> workflow.accept(id, "zfb", editor, null));
        in(() -> workflow.publish(id, editor));
        assertThat(in(() -> board.publicFile(id, photo))).isEmpty();
        assertThat(in(() -> board.publishedOne(id)).orElseThrow().attachments()).isEmpty();
        assertThatThrownBy(() -> in(() -> workflow.showAttachment(id, photo, true, officer(COUNTY, "zfb"))))
                .isInstanceOf(AccessDeniedException.class);
        MessageDetail shown = in(() -> workflow.showAttachment(id, photo, true, editor));
        assertThat(shown.events().get(shown.events().size() - 1).comment()).isEqualTo("公开附件：现场照片.png");
        assertThat(in(() -> board.publicFile(id, photo)).orElseThrow().bytes()).isEqualTo(png);
        assertThat(in(() -> board.publishedOne(id)).orElseThrow().attachments()).extracting(PublicMessage.File::fileName)
                .containsExactly("现场照片.png");
        assertThat(in(() -> board.publicFile(id, detail.attachments().get(0).id()))).isEmpty();
        // A file id of another message is no file of this one.
        assertThat(in(() -> board.publicFile(id + 1, photo))).isEmpty();
        assertThatThrownBy(() -> in(() -> workflow.showAttachment(id + 1, photo, true, editor)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void noDepartmentMayTakeTheLeadersMailboxCode() {
        assertThatThrownBy(() -> in(() -> departments.create(new DepartmentService.DepartmentInput("leader", "领导办公室",
                "DEPARTMENT", null, null, 99, true)))).isInstanceOf(InvalidInputException.class).extracting("field")
                .isEqualTo("code");
    }

    @Test
    void badInputIsRefusedAndNothingStored() {
        String key = key();
        assertThatThrownBy(() -> in(() -> board.submit(message("zfb", "标题", "12345", false), key, () -> {
        }))).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("phone");
        assertThatThrownBy(() -> in(() -> board.submit(message("nosuch", "标题", "13912345606", false), key, () -> {
        }))).extracting("field").isEqualTo("department");
        assertThat(in(() -> board.submitted(key, "13912345606"))).isEmpty();
        // A failing admission (spam checks) stores nothing either.
        assertThatThrownBy(() -> in(() -> board.submit(message("zfb", "标题", "13912345606", false), key, () -> {
            throw new InvalidInputException("website", "提交失败");
        }))).extracting("field").isEqualTo("website");
        assertThat(in(() -> board.submitted(key, "13912345606"))).isEmpty();
    }

    private long idOf(String code, String phone) {
        MessageDetail found = in(() -> queues.byQueryCode(editor(COUNTY), code)).orElseThrow();
        assertThat(found.phone()).isEqualTo(phone);
        return found.id();
    }

    private <T> T in(Supplier<T> work) {
        return scope.call(TenantCode.of(COUNTY), work);
    }
}
