package cn.gov.baoji.portal.core.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.catalogue.CatalogueService;
import cn.gov.baoji.portal.core.catalogue.CountyCatalogue;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.site.Channel;

/** Writing articles: drafts, edits and attachments, by the people allowed to. */
@ApplicationScoped
public class ArticleService {

    private static final int MAX_BODY = 200_000;

    private final EntityManager em;
    private final Articles articles;
    private final CountyCatalogue catalogue;
    private final CatalogueService city;

    ArticleService(EntityManager em, Articles articles, CountyCatalogue catalogue, CatalogueService city) {
        this.em = em;
        this.articles = articles;
        this.catalogue = catalogue;
        this.city = city;
    }

    /** Whether the caller acts for the whole county (and so chooses an article's department). */
    public boolean isCountyWide(Actor actor) {
        return articles.policy(actor).isCountyWide();
    }

    @Transactional
    public ArticleView create(Actor actor, ArticleInput input) {
        ArticlePolicy policy = articles.policy(actor);
        String departmentCode = policy.ownDepartment().orElse(input == null ? null : input.department());
        Article article = new Article(actor.subject(), limit(actor.name(), 80));
        apply(article, input, departmentCode, policy);
        em.persist(article);
        articles.record(article, ArticleTransition.Action.CREATE, null, null, actor, null);
        return articles.view(article);
    }

    @Transactional
    public ArticleView update(Actor actor, long id, ArticleInput input, Integer expectedVersion) {
        Article article = articles.require(id);
        ArticlePolicy policy = articles.policy(actor);
        policy.requireWrite(articles.department(article.departmentId).getCode());
        if (!article.state.isEditable()) {
            throw new ConflictException("稿件处于“" + article.state.label() + "”状态，不能修改；已发布的稿件请先发起修订。");
        }
        if (expectedVersion != null && expectedVersion != article.version) {
            throw new ConflictException("稿件已被他人修改，请刷新后再编辑。");
        }
        String departmentCode = policy.ownDepartment().orElse(input == null ? null : input.department());
        apply(article, input, departmentCode, policy);
        article.updatedAt = OffsetDateTime.now();
        return articles.view(article);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleView get(Actor actor, long id) {
        Article article = articles.require(id);
        articles.policy(actor).requireSee(articles.department(article.departmentId).getCode());
        return articles.view(article);
    }

    /**
     * The full views of articles a listing already found for the caller (its query applied the access
     * rules), in the listing's order, read with one query instead of one lookup and check per row.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArticleView> views(List<Long> listedIds) {
        if (listedIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = em.createQuery("FROM Article WHERE id IN :ids", Article.class)
                .setParameter("ids", listedIds).getResultStream().collect(Collectors.toMap(Article::getId, a -> a));
        return listedIds.stream().map(byId::get).filter(Objects::nonNull).map(articles::view).toList();
    }

    /** A file of an article the caller may see, whatever the article's state: for the editor's own view. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AttachmentFile> file(Actor actor, long articleId, long attachmentId) {
        Article article = articles.require(articleId);
        articles.policy(actor).requireSee(articles.department(article.departmentId).getCode());
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || !attachment.getArticleId().equals(article.getId())) {
            return Optional.empty();
        }
        AttachmentContent content = em.find(AttachmentContent.class, attachmentId);
        return Optional.of(new AttachmentFile(attachment.getFileName(), attachment.getContentType(), attachment.isImage(),
                content.getBytes()));
    }

    /** A stored file ready to send. */
    public record AttachmentFile(String fileName, String contentType, boolean image, byte[] bytes) {
    }

    /** Stores an image for the article's text; anything but PNG, JPEG or GIF is refused. */
    @Transactional
    public AttachmentView attachImage(Actor actor, long articleId, String fileName, byte[] bytes) {
        UploadPolicy.Accepted accepted = UploadPolicy.check(fileName, bytes);
        if (!accepted.contentType().startsWith("image/")) {
            throw new InvalidInputException("file", "只能插入图片（PNG、JPG、GIF）；其他文件请作为附件上传。");
        }
        return attach(actor, articleId, fileName, bytes);
    }

    /** Stores a file with an editable article; all or nothing. */
    @Transactional
    public AttachmentView attach(Actor actor, long articleId, String fileName, byte[] bytes) {
        Article article = articles.require(articleId);
        articles.policy(actor).requireWrite(articles.department(article.departmentId).getCode());
        if (!article.state.isEditable()) {
            throw new ConflictException("只能给草稿或退回的稿件添加附件。");
        }
        UploadPolicy.Accepted accepted = UploadPolicy.check(fileName, bytes);
        Attachment attachment = new Attachment(article.getId(), accepted, bytes);
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.getId(), bytes));
        return AttachmentView.of(attachment);
    }

    private void apply(Article article, ArticleInput input, String departmentCode, ArticlePolicy policy) {
        if (input == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        if (input.channel() == null || input.channel().isBlank()) {
            throw new InvalidInputException("channel", "请选择栏目");
        }
        if (departmentCode == null || departmentCode.isBlank()) {
            throw new InvalidInputException("department", "请选择稿件所属部门");
        }
        Channel channel = articles.channelByCode(input.channel());
        Department department = articles.departmentByCode(departmentCode);
        policy.requireWrite(department.getCode());
        article.channelId = channel.getId();
        article.departmentId = department.getId();
        article.title = text("title", input.title(), 200, true, "标题");
        article.summary = text("summary", input.summary(), 500, false, "摘要");
        String body = HtmlSanitizer.clean(input.body());
        if (HtmlSanitizer.text(body).isBlank() && !body.contains("<img")) {
            throw new InvalidInputException("body", "正文不能为空");
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidInputException("body", "正文过长（不超过 20 万字符）");
        }
        article.bodyHtml = body;
        if (input.coverAttachmentId() != null) {
            Attachment cover = em.find(Attachment.class, input.coverAttachmentId());
            if (cover == null || !cover.getArticleId().equals(article.getId()) || !cover.isImage()) {
                throw new InvalidInputException("coverAttachmentId", "封面须为本稿件已上传的图片");
            }
        }
        article.coverAttachmentId = input.coverAttachmentId();
        article.disclosure = Boolean.TRUE.equals(input.disclosure());
        if (article.disclosure) {
            article.publisherOrg = Optional.ofNullable(text("publisherOrg", input.publisherOrg(), 100, false, "发布机构"))
                    .orElse(department.getName());
            article.documentNumber = text("documentNumber", input.documentNumber(), 60, false, "文号");
            article.documentDate = date(input.documentDate());
            if (input.topic() == null || city.topic(input.topic()).isEmpty()) {
                throw new InvalidInputException("topic", "请选择有效的主题分类");
            }
            article.topicCode = input.topic();
            if (input.catalogueNode() == null || catalogue.node(input.catalogueNode()).isEmpty()) {
                throw new InvalidInputException("catalogueNode", "请选择有效的信息公开目录");
            }
            article.catalogueNodeCode = input.catalogueNode();
        } else {
            article.publisherOrg = null;
            article.documentNumber = null;
            article.documentDate = null;
            article.topicCode = null;
            article.catalogueNodeCode = null;
        }
    }

    static String text(String field, String value, int max, boolean required, String label) {
        String trimmed = value == null ? "" : value.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        if (trimmed.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, label + "不能为空");
            }
            return null;
        }
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, label + "不能超过 " + max + " 个字");
        }
        return trimmed;
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("documentDate", "成文日期格式应为 2026-01-31");
        }
    }

    private static String limit(String value, int max) {
        return value == null ? "" : value.length() > max ? value.substring(0, max) : value;
    }
}
