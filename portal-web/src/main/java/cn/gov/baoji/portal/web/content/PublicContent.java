package cn.gov.baoji.portal.web.content;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.catalogue.CatalogueNode;
import cn.gov.baoji.portal.core.catalogue.CatalogueService;
import cn.gov.baoji.portal.core.catalogue.CountyCatalogue;
import cn.gov.baoji.portal.core.catalogue.TopicCategory;
import cn.gov.baoji.portal.core.content.ContentJobs;
import cn.gov.baoji.portal.core.content.PublicArticles;
import cn.gov.baoji.portal.core.content.PublishedArticle;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.look.HomePage;
import cn.gov.baoji.portal.core.site.SiteService.ChannelView;
import cn.gov.baoji.portal.core.site.SiteService;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.web.interaction.InteractionHub;

/** Assembles what public pages and the public API show of the request's county. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicContent {

    private final PublicArticles articles;
    private final SiteService site;
    private final DepartmentService departments;
    private final CountyCatalogue catalogue;
    private final CatalogueService city;
    private final ContentJobs jobs;
    private final TenantContext tenant;
    private final InteractionHub interaction;

    PublicContent(PublicArticles articles, SiteService site, DepartmentService departments, CountyCatalogue catalogue,
            CatalogueService city, ContentJobs jobs, TenantContext tenant, InteractionHub interaction) {
        this.interaction = interaction;
        this.articles = articles;
        this.site = site;
        this.departments = departments;
        this.catalogue = catalogue;
        this.city = city;
        this.jobs = jobs;
        this.tenant = tenant;
    }

    /** A channel with its newest articles, for the home page. */
    public record ChannelBlock(ChannelView channel, List<ArticleSummary> items) {
    }

    /** A page of article summaries. */
    public record Listing(List<ArticleSummary> items, long total, int page, int pages, boolean hasPrevious,
            boolean hasNext) {

        static Listing of(PublicArticles.Page<PublishedArticle> page) {
            return new Listing(page.items().stream().map(ArticleSummary::of).toList(), page.total(), page.page(),
                    page.pages(), page.hasPrevious(), page.hasNext());
        }
    }

    /**
     * The blocks of the home page as the look chooses them; a channel hidden or removed since the
     * look was saved is left out. No choice: every visible channel.
     */
    public List<ChannelBlock> homeBlocks(HomePage home) {
        List<ChannelView> visible = site.visibleChannels();
        if (!home.chosen()) {
            return visible.stream().map(c -> block(c, HomePage.DEFAULT_ITEMS)).toList();
        }
        Map<String, ChannelView> byCode = visible.stream().collect(Collectors.toMap(ChannelView::code, c -> c));
        return home.blocks().stream().filter(b -> byCode.containsKey(b.channel()))
                .map(b -> block(byCode.get(b.channel()), b.items())).toList();
    }

    private ChannelBlock block(ChannelView channel, int items) {
        if (InteractionHub.CHANNEL.equals(channel.code())) {
            // 互动交流 lives in messages, surveys, consultations and interviews, not in articles.
            return new ChannelBlock(channel, interaction.latest(items).stream()
                    .map(i -> new ArticleSummary(0, i.title() + "（" + i.status() + "）", null, i.date(), i.url(), false, null,
                            null))
                    .toList());
        }
        return new ChannelBlock(channel, articles.latest(channel.id(), items).stream().map(ArticleSummary::of).toList());
    }

    /** A picture-news item of the home page: the cover shows with the title as its alt text. */
    public record PictureNews(String title, String url, String image, String date) {
    }

    /** The newest published articles with a cover image, for the home page's 图片新闻 block. */
    public List<PictureNews> pictureNews(int limit) {
        return articles.latestWithCovers(limit).stream().map(c -> {
            ArticleSummary summary = ArticleSummary.of(c.article());
            String image = "/attachments/" + c.cover().getId() + "/"
                    + URLEncoder.encode(c.cover().getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
            return new PictureNews(summary.title(), summary.url(), image, summary.date());
        }).toList();
    }

    public ChannelView channel(String code) {
        return site.visibleChannels().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("栏目不存在"));
    }

    public Listing channelPage(ChannelView channel, int page, int size) {
        return Listing.of(articles.inChannel(channel.id(), page, size));
    }

    public Optional<ArticleDetail> article(long id) {
        return articles.find(id).map(a -> {
            ChannelView channel = site.visibleChannels().stream().filter(c -> c.id() == a.getChannelId()).findFirst()
                    .orElse(new ChannelView(a.getChannelId(), "", ""));
            Department department = departments.byId(a.getDepartmentId()).orElseThrow();
            long views = articles.viewCount(id) + jobs.pendingViews(tenant.require().code(), id);
            String topic = a.getTopicCode() == null ? null
                    : city.topic(a.getTopicCode()).map(TopicCategory::name).orElse(a.getTopicCode());
            String node = a.getCatalogueNodeCode() == null ? null
                    : catalogue.node(a.getCatalogueNodeCode()).map(CatalogueNode::name).orElse(a.getCatalogueNodeCode());
            List<ArticleDetail.Attachment> files = articles.attachments(id).stream()
                    .map(f -> new ArticleDetail.Attachment(f.getId(), f.getFileName(), f.getContentType(), f.getSizeBytes(),
                            "/attachments/" + f.getId() + "/"
                                    + URLEncoder.encode(f.getFileName(), StandardCharsets.UTF_8).replace("+", "%20")))
                    .toList();
            return ArticleDetail.of(a, channel, department, views, topic, node, files);
        });
    }

    public void countView(long id) {
        jobs.countView(tenant.require().code(), id);
    }

    public List<CatalogueNode> catalogue() {
        return catalogue.nodes();
    }

    /** A catalogue node placed in its tree, for indented lists. */
    public record NodeView(String code, String name, int depth, boolean local) {
    }

    public List<NodeView> catalogueTree() {
        List<CatalogueNode> all = catalogue();
        List<NodeView> result = new java.util.ArrayList<>();
        addChildren(all, null, 0, result);
        return result;
    }

    private static void addChildren(List<CatalogueNode> all, String parent, int depth, List<NodeView> out) {
        for (CatalogueNode n : all) {
            if (java.util.Objects.equals(n.parentCode(), parent)) {
                out.add(new NodeView(n.code(), n.name(), depth, n.local()));
                if (depth < 8) {
                    addChildren(all, n.code(), depth + 1, out);
                }
            }
        }
    }

    /** A department or township as pages show it. */
    public record DepartmentCard(String code, String name, String kind, String intro) {

        public static DepartmentCard of(Department d) {
            return new DepartmentCard(d.getCode(), d.getName(), d.getKind().label(), d.getIntro());
        }
    }

    public List<TopicCategory> topics() {
        return city.topics();
    }

    public List<DepartmentCard> departments() {
        return departments.visible().stream().map(DepartmentCard::of).toList();
    }

    public Department department(String code) {
        return departments.byCode(code == null ? "" : code).filter(Department::isVisible)
                .orElseThrow(() -> new NotFoundException("部门不存在"));
    }

    public Listing departmentPage(Department department, int page, int size) {
        return Listing.of(articles.ofDepartment(department.getId(), page, size));
    }

    /** Disclosure items under a node (and its descendants), of a department, of a topic. */
    public Listing disclosure(String node, String departmentCode, String topic, int page, int size) {
        java.util.Set<String> nodes = null;
        if (node != null && !node.isBlank()) {
            List<CatalogueNode> all = catalogue();
            if (all.stream().noneMatch(n -> n.code().equals(node))) {
                throw new NotFoundException("目录不存在");
            }
            nodes = new java.util.HashSet<>(List.of(node));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (CatalogueNode n : all) {
                    if (n.parentCode() != null && nodes.contains(n.parentCode()) && nodes.add(n.code())) {
                        grew = true;
                    }
                }
            }
        }
        Long departmentId = departmentCode == null || departmentCode.isBlank() ? null : department(departmentCode).getId();
        String topicCode = topic == null || topic.isBlank() ? null
                : city.topic(topic).map(TopicCategory::code).orElseThrow(() -> new NotFoundException("主题分类不存在"));
        return Listing.of(articles.disclosure(new PublicArticles.DisclosureFilter(nodes, departmentId, topicCode), page, size));
    }

    /** Every published article, newest first. */
    public Listing allArticles(int page, int size) {
        return Listing.of(articles.all(page, size));
    }

    public List<PublishedArticle> latestAll(int limit) {
        return articles.latestAll(limit);
    }

    public List<PublishedArticle> latestInChannel(ChannelView channel, int limit) {
        return articles.latest(channel.id(), limit);
    }

    public Optional<PublicArticles.Download> download(long attachmentId) {
        return articles.download(attachmentId);
    }
}
