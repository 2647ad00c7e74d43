package cn.gov.baoji.portal.core.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.catalogue.DraftTable;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.service.CatalogueInput.EventInput;
import cn.gov.baoji.portal.core.service.CatalogueInput.ItemInput;
import io.agroal.api.AgroalDataSource;

/**
 * The city office's working copy of the next service catalogue release, as {@code CatalogueDrafts} does
 * for the disclosure catalogue: stored, seen by no county until released, and every edit or release
 * names the revision its page showed, so two people cannot overwrite each other unseen.
 */
@ApplicationScoped
public class ServiceCatalogueDrafts {

    static final String STALE = "事项目录草稿已被他人修改，请刷新后再操作";

    private final DraftTable drafts;
    private final ServiceCatalogue catalogue;
    private final Clock clock;

    ServiceCatalogueDrafts(AgroalDataSource dataSource, ServiceCatalogue catalogue, Clock clock) {
        this.drafts = new DraftTable(dataSource, "service_draft", "content", "service_release", STALE);
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** What every console form sends back: what its page showed. */
    public record Seen(long revision, int basedOn) {
    }

    /**
     * The working copy.
     *
     * @param revision changes with every stored edit and never repeats; 0 while nothing is stored
     * @param changed false while it is just the current release
     * @param stale a newer release came out since it started
     */
    public record Draft(long revision, int basedOn, CatalogueInput content, boolean changed, boolean stale,
            String updatedBy, OffsetDateTime updatedAt) {

        public Seen seen() {
            return new Seen(revision, basedOn);
        }

        public Optional<ItemInput> item(String code) {
            return content.items().stream().filter(i -> i.code().equals(code)).findFirst();
        }
    }

    public Draft current() {
        ServiceRelease release = catalogue.current();
        return load().map(d -> new Draft(d.revision(), d.basedOn(), d.content(), true, d.basedOn() != release.version(),
                d.updatedBy(), d.updatedAt()))
                .orElseGet(() -> new Draft(0, release.version(), fromRelease(release), false, false, null, null));
    }

    /**
     * Adds an item, or replaces the one with code {@code replacing} (which may change its code; a
     * county's guide follows the code, so the console warns before a code changes).
     */
    public Draft saveItem(String replacing, ItemInput item, Seen seen, String by) {
        return edit(content -> {
            List<ItemInput> items = new ArrayList<>(content.items());
            if (replacing == null) {
                if (item != null && items.stream().anyMatch(i -> i.code().equals(item.code()))) {
                    throw new InvalidInputException("code", "事项编码已存在：" + item.code());
                }
                items.add(item);
            } else {
                int at = indexOf(items, replacing);
                if (item != null && !replacing.equals(item.code())
                        && items.stream().anyMatch(i -> i.code().equals(item.code()))) {
                    throw new InvalidInputException("code", "事项编码已存在：" + item.code());
                }
                items.set(at, item);
            }
            return new CatalogueInput(content.events(), items);
        }, seen, by);
    }

    public Draft removeItem(String code, Seen seen, String by) {
        return edit(content -> {
            List<ItemInput> items = new ArrayList<>(content.items());
            items.remove(indexOf(items, code));
            return new CatalogueInput(content.events(), items);
        }, seen, by);
    }

    /** One place up ({@code -1}) or down ({@code +1}). */
    public Draft shiftItem(String code, int direction, Seen seen, String by) {
        return edit(content -> {
            List<ItemInput> items = new ArrayList<>(content.items());
            int at = indexOf(items, code);
            int other = at + Integer.signum(direction);
            if (other >= 0 && other < items.size()) {
                items.set(at, items.get(other));
                items.set(other, content.items().get(at));
            }
            return new CatalogueInput(content.events(), items);
        }, seen, by);
    }

    /** Adds a life event at the end, or renames the one with that code. */
    public Draft saveEvent(EventInput event, Seen seen, String by) {
        return edit(content -> {
            List<EventInput> events = new ArrayList<>(content.events());
            int at = -1;
            for (int i = 0; i < events.size(); i++) {
                if (event != null && events.get(i).code().equals(event.code())) {
                    at = i;
                }
            }
            if (at < 0) {
                events.add(event);
            } else {
                events.set(at, event);
            }
            return new CatalogueInput(events, content.items());
        }, seen, by);
    }

    /** Removes a life event no item belongs to. */
    public Draft removeEvent(String code, Seen seen, String by) {
        return edit(content -> {
            List<String> using = content.items().stream()
                    .filter(i -> i.events() != null && i.events().contains(code)).map(ItemInput::name).toList();
            if (!using.isEmpty()) {
                throw new InvalidInputException("events", "还有 " + using.size() + " 个事项属于这个生命事件（如“"
                        + using.get(0) + "”），请先修改这些事项");
            }
            List<EventInput> events = new ArrayList<>(content.events());
            if (!events.removeIf(e -> e.code().equals(code))) {
                throw new NotFoundException("生命事件不存在：" + code);
            }
            return new CatalogueInput(events, content.items());
        }, seen, by);
    }

    public Draft shiftEvent(String code, int direction, Seen seen, String by) {
        return edit(content -> {
            List<EventInput> events = new ArrayList<>(content.events());
            int at = -1;
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).code().equals(code)) {
                    at = i;
                }
            }
            if (at < 0) {
                throw new NotFoundException("生命事件不存在：" + code);
            }
            int other = at + Integer.signum(direction);
            if (other >= 0 && other < events.size()) {
                events.set(at, events.get(other));
                events.set(other, content.events().get(at));
            }
            return new CatalogueInput(events, content.items());
        }, seen, by);
    }

    /**
     * Publishes the working copy to every county as the next version, and starts afresh; only if the
     * draft is still the one the page showed and no other release came out since it started.
     */
    public ServiceRelease release(String note, Seen seen, String by) {
        Draft draft = current();
        if (!draft.changed()) {
            throw new ConflictException("草稿与当前版本相同，没有可发布的修改。");
        }
        if (seen == null || !draft.seen().equals(seen)) {
            throw new ConflictException(STALE);
        }
        if (draft.stale()) {
            throw new ConflictException("草稿编辑期间已发布了新的事项目录版本（第 " + catalogue.current().version()
                    + " 版）。请放弃草稿后重新修改。");
        }
        if (note == null || note.isBlank() || note.strip().length() > 200) {
            throw new InvalidInputException("note", "请填写发布说明（不超过 200 个字）");
        }
        return catalogue.release(draft.content(), note, by, draft.basedOn(), c -> drafts.removeAt(c, seen.revision()));
    }

    /** Drops the working copy, if it is still the one the page showed. */
    public void discard(long seenRevision) {
        drafts.discard(seenRevision);
    }

    private Draft edit(UnaryOperator<CatalogueInput> change, Seen seen, String by) {
        Draft draft = current();
        if (seen == null || !draft.seen().equals(seen)) {
            throw new ConflictException(STALE);
        }
        CatalogueInput edited = change.apply(draft.content());
        // The whole working copy must stay releasable: a refusal names what is wrong as it is typed.
        ServiceCatalogueRules.Checked checked = ServiceCatalogueRules.release(edited, catalogue.counties());
        CatalogueInput stored = normalized(edited, checked);
        drafts.store(stored, by, OffsetDateTime.now(clock), seen.revision(), seen.basedOn());
        return current();
    }

    /** The edited catalogue as the rules cleaned it (trimmed names, no duplicate choices). */
    private static CatalogueInput normalized(CatalogueInput edited, ServiceCatalogueRules.Checked checked) {
        List<EventInput> events = checked.events().stream().map(e -> new EventInput(e.code(), e.name())).toList();
        return new CatalogueInput(events, checked.items().stream().map(ServiceCatalogueDrafts::input).toList());
    }

    static ItemInput input(ServiceItem i) {
        return new ItemInput(i.code(), i.name(), i.kind().name(), i.legalBasis(),
                i.audiences().stream().map(Enum::name).toList(), i.events(), i.allCounties(), i.counties());
    }

    private Optional<Draft> load() {
        return drafts.load().map(d -> new Draft(d.revision(), d.basedOn(), d.content(CatalogueInput.class), true, false, d.updatedBy(),
                d.updatedAt()));
    }

    private static CatalogueInput fromRelease(ServiceRelease release) {
        return new CatalogueInput(release.events().stream().map(e -> new EventInput(e.code(), e.name())).toList(),
                release.items().stream().map(ServiceCatalogueDrafts::input).toList());
    }

    private static int indexOf(List<ItemInput> items, String code) {
        for (int i = 0; i < items.size(); i++) {
            if (Objects.equals(items.get(i).code(), code)) {
                return i;
            }
        }
        throw new NotFoundException("事项不存在：" + code);
    }
}
