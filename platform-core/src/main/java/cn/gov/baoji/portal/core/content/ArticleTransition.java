package cn.gov.baoji.portal.core.content;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One recorded workflow step; the source of "submitted / accepted per department" figures. */
@Entity
@Table(name = "article_transition")
public class ArticleTransition {

    /** What was done. */
    public enum Action {
        CREATE, SUBMIT, APPROVE, RETURN, SCHEDULE, PUBLISH, WITHDRAW, REVISE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private ArticleState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    private ArticleState toState;

    @Column(name = "review_level")
    private Integer reviewLevel;

    @Column(name = "actor_subject", nullable = false)
    private String actorSubject;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    private String comment;

    @Column(nullable = false)
    private OffsetDateTime at;

    protected ArticleTransition() {
    }

    ArticleTransition(Article article, Action action, ArticleState from, Integer reviewLevel, String actorSubject,
            String actorName, String comment, OffsetDateTime at) {
        this.articleId = article.getId();
        this.departmentId = article.departmentId;
        this.action = action;
        this.fromState = from;
        this.toState = article.state;
        this.reviewLevel = reviewLevel;
        this.actorSubject = actorSubject;
        this.actorName = actorName;
        this.comment = comment;
        this.at = at;
    }

    public Action getAction() {
        return action;
    }

    public ArticleState getFromState() {
        return fromState;
    }

    public ArticleState getToState() {
        return toState;
    }

    public Integer getReviewLevel() {
        return reviewLevel;
    }

    public String getActorName() {
        return actorName;
    }

    public String getComment() {
        return comment;
    }

    public OffsetDateTime getAt() {
        return at;
    }
}
