package cn.gov.baoji.portal.admin.message;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.message.MessageKind;
import cn.gov.baoji.portal.core.message.MessagePage;
import cn.gov.baoji.portal.core.message.MessageRow;
import cn.gov.baoji.portal.core.message.MessageState;

/**
 * One back-office list of messages: a queue (待受理, 待审核答复, 办理中) or the search over all of them.
 *
 * @param path where the list lives, for its paging links
 * @param filter the search's conditions; null for a queue, which has none
 * @param departments choices of the department filter (county editors only; empty otherwise)
 */
public record MessageList(String heading, String intro, String path, MessagePage<MessageRow> result, Filter filter,
        List<Department> departments) {

    /** The search's conditions as typed (null: any). */
    public record Filter(String state, String kind, String department, boolean overdue) {

        public List<MessageState> states() {
            return List.of(MessageState.values());
        }

        public List<MessageKind> kinds() {
            return List.of(MessageKind.values());
        }

        String query() {
            List<String> parts = new ArrayList<>();
            add(parts, "state", state);
            add(parts, "kind", kind);
            add(parts, "department", department);
            if (overdue) {
                parts.add("overdue=true");
            }
            return String.join("&", parts);
        }

        private static void add(List<String> parts, String name, String value) {
            if (value != null && !value.isBlank()) {
                parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    public String pageLink(int page) {
        String conditions = filter == null ? "" : filter.query();
        return path + "?" + (conditions.isEmpty() ? "" : conditions + "&") + "page=" + page;
    }

    public boolean hasPrevious() {
        return result.page() > 1;
    }

    public boolean hasNext() {
        return result.page() < result.pages();
    }
}
