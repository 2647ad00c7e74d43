package cn.gov.baoji.portal.web.message;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.message.MessageBoard;
import cn.gov.baoji.portal.core.message.MessageKind;

/** Reads the public list's filters, refusing unknown values with a clear message. */
final class MessageQueries {

    static final String REPLIED = "replied";
    static final String PROCESSING = "processing";

    private MessageQueries() {
    }

    static MessageBoard.PublicQuery publicQuery(String department, String kind, String state, int page, int size) {
        MessageKind k = null;
        if (kind != null && !kind.isBlank()) {
            k = MessageKind.fromKey(kind).orElseThrow(
                    () -> new InvalidInputException("kind", "kind 应为 consult、suggest、complain、report 或 help"));
        }
        Boolean replied = null;
        if (state != null && !state.isBlank()) {
            if (!state.equals(REPLIED) && !state.equals(PROCESSING)) {
                throw new InvalidInputException("state", "state 应为 replied 或 processing");
            }
            replied = state.equals(REPLIED);
        }
        String d = department == null || department.isBlank() ? null : department.strip();
        if (d != null && !d.matches("[a-z][a-z0-9]{0,15}")) {
            throw new InvalidInputException("department", "department 应为部门代码或 leader");
        }
        return new MessageBoard.PublicQuery(d, k, replied, page, size);
    }
}
