package cn.gov.baoji.portal.web.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.gov.baoji.portal.core.application.ApplicationLookup;
import cn.gov.baoji.portal.core.application.ApplicationPage;
import cn.gov.baoji.portal.core.application.PublicResult;

/** The records of the public application API: requests and answers, no personal data in any answer. */
final class ApplicationApi {

    private ApplicationApi() {
    }

    record Created(String trackingNumber) {
    }

    record LookupRequest(String trackingNumber, String phone) {
    }

    record Service(String code, String name) {
    }

    record Step(String step, String label, String by, OffsetDateTime at, String comment) {
    }

    /**
     * An application as its applicant reads it; {@code materialRequest} while material is awaited,
     * {@code result} once decided, {@code rating} once rated.
     */
    record LookupAnswer(String trackingNumber, Service service, String department, String state, String stateLabel,
            OffsetDateTime receivedAt, int timeLimitDays, LocalDate dueOn, boolean paused, String materialRequest,
            OffsetDateTime completedAt, String result, List<Step> timeline, boolean canSupplement, boolean canRate,
            String rating) {

        static LookupAnswer of(ApplicationLookup l) {
            return new LookupAnswer(l.trackingNumber(), new Service(l.serviceCode(), l.serviceName()), l.departmentName(),
                    l.state(), l.stateLabel(), l.receivedAt(), l.timeLimitDays(), l.dueOn(), l.paused(), l.materialRequest(),
                    l.completedAt(), l.result(),
                    l.timeline().stream().map(s -> new Step(s.step().toLowerCase(java.util.Locale.ROOT), s.label(), s.by(), s.at(),
                            s.comment())).toList(),
                    l.canSupplement(), l.canRate(), l.rating());
        }
    }

    /** An approved result: the item, the department, the dates and the fields the county chose to show. */
    record Result(Service service, String department, LocalDate receivedOn, LocalDate completedOn, String result,
            List<PublicResult.Shown> fields) {

        static Result of(PublicResult r) {
            return new Result(new Service(r.serviceCode(), r.serviceName()), r.departmentName(), r.receivedOn(), r.completedOn(),
                    r.result(), r.fields());
        }
    }

    record Results(List<Result> items, long total, int page, int size, int pages) {

        static Results of(ApplicationPage<PublicResult> page) {
            return new Results(page.items().stream().map(Result::of).toList(), page.total(), page.page(), page.size(),
                    page.pages());
        }
    }
}
