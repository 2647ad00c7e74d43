package cn.gov.baoji.portal.core.catalogue;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.catalogue.CatalogueService.NodeInput;
import cn.gov.baoji.portal.core.error.ConflictException;
import io.agroal.api.AgroalDataSource;

/**
 * The city office's working copy of the next catalogue release: edits are stored (so they survive
 * another tab, another instance, a restart) and seen by nobody else until released.
 */
@ApplicationScoped
public class CatalogueDrafts {

    private final DraftTable drafts;
    private final CatalogueService catalogue;
    private final Clock clock;

    CatalogueDrafts(AgroalDataSource dataSource, CatalogueService catalogue, Clock clock) {
        this.drafts = new DraftTable(dataSource, "catalogue_draft", "nodes", "catalogue_release", STALE);
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** What every console form sends back: what its page showed. */
    public record Seen(long revision, int basedOn) {
    }

    /** Refusal of an edit, release or discard based on a draft that changed since the page showed it. */
    static final String STALE = "目录草稿已被他人修改，请刷新后再操作";

    /**
     * The working copy.
     *
     * @param revision changes with every stored edit and never repeats; 0 while nothing is stored
     * @param basedOn the release it started from
     * @param changed false while it is just the current release (nothing edited yet)
     * @param stale a newer release came out since it started
     */
    public record Draft(long revision, int basedOn, List<NodeInput> nodes, boolean changed, boolean stale,
            String updatedBy, OffsetDateTime updatedAt) {

        public Seen seen() {
            return new Seen(revision, basedOn);
        }
    }

    public Draft current() {
        CatalogueRelease release = catalogue.current();
        return load().map(d -> new Draft(d.revision(), d.basedOn(), d.nodes(), true, d.basedOn() != release.version(),
                d.updatedBy(), d.updatedAt()))
                .orElseGet(() -> new Draft(0, release.version(), fromRelease(release), false, false, null, null));
    }

    public Draft addNode(NodeInput node, Seen seen, String by) {
        return edit(nodes -> CatalogueTree.add(nodes, node), seen, by);
    }

    public Draft rename(String code, String name, Seen seen, String by) {
        return edit(nodes -> CatalogueTree.rename(nodes, code, name), seen, by);
    }

    public Draft allowLocalChildren(String code, boolean allow, Seen seen, String by) {
        return edit(nodes -> CatalogueTree.allowLocalChildren(nodes, code, allow), seen, by);
    }

    /** Under a new parent ({@code null}: top level), as its last child. */
    public Draft move(String code, String newParent, Seen seen, String by) {
        return edit(nodes -> CatalogueTree.move(nodes, code, newParent), seen, by);
    }

    /** One place up ({@code -1}) or down ({@code +1}) among its siblings. */
    public Draft shift(String code, int direction, Seen seen, String by) {
        return edit(nodes -> CatalogueTree.shift(nodes, code, direction), seen, by);
    }

    /** The node and all below it, e.g. to leave them out of the choice of a new parent. */
    public List<String> subtree(String code) {
        return CatalogueTree.subtree(current().nodes(), code);
    }

    /**
     * Publishes the working copy to every county as the next version, and starts afresh; only if the
     * draft is still the one the page showed and no other release came out since it started.
     */
    public CatalogueRelease release(String note, Seen seen, String by) {
        Draft draft = current();
        if (!draft.changed()) {
            throw new ConflictException("草稿与当前版本相同，没有可发布的修改。");
        }
        if (!draft.seen().equals(seen)) {
            throw new ConflictException(STALE);
        }
        if (draft.stale()) {
            throw new ConflictException("草稿编辑期间已发布了新的目录版本（第 " + catalogue.current().version()
                    + " 版）。请放弃草稿后重新修改。");
        }
        if (note == null || note.isBlank() || note.strip().length() > 200) {
            throw new cn.gov.baoji.portal.core.error.InvalidInputException("note", "请填写发布说明（不超过 200 个字）");
        }
        // The draft goes in the release's transaction, and only the revision released: an edit that
        // lands in between makes the release fail instead of being wiped.
        return catalogue.release(draft.nodes(), note, by, draft.basedOn(), c -> drafts.removeAt(c, seen.revision()));
    }

    /** Drops the working copy, if it is still the one the page showed. */
    public void discard(long seenRevision) {
        drafts.discard(seenRevision);
    }

    private Draft edit(UnaryOperator<List<NodeInput>> change, Seen seen, String by) {
        Draft draft = current();
        if (seen == null || !draft.seen().equals(seen)) {
            throw new ConflictException(STALE);
        }
        List<NodeInput> edited = change.apply(draft.nodes());
        drafts.store(edited, by, OffsetDateTime.now(clock), seen.revision(), seen.basedOn());
        return current();
    }

    private Optional<Draft> load() {
        return drafts.load().map(d -> new Draft(d.revision(), d.basedOn(), List.copyOf(Arrays.asList(d.content(NodeInput[].class))), true, false, d.updatedBy(),
                d.updatedAt()));
    }

    private static List<NodeInput> fromRelease(CatalogueRelease release) {
        return release.nodes().stream()
                .map(n -> new NodeInput(n.code(), n.parentCode(), n.name(), n.allowLocalChildren())).toList();
    }
}
