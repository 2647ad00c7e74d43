package cn.gov.baoji.portal.core.message;

/** One kind of step in a message's handling, as its history shows it. */
public enum MessageStep {
    RECEIVE("收到留言"),
    ACCEPT("受理并转办"),
    REJECT("不予受理"),
    TRANSFER("改派"),
    DRAFT("拟写答复"),
    RETURN("退回答复"),
    APPROVE("审核通过并答复"),
    PUBLISH("公开"),
    UNPUBLISH("取消公开"),
    ATTACHMENT("设置附件公开");

    private final String label;

    MessageStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
