package cn.gov.baoji.portal.core.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A guest of an interview (访谈嘉宾): name, title or post, and an optional photo. */
@Entity
@Table(name = "interview_guest")
public class Guest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "interview_id", nullable = false)
    Long interviewId;

    @Column(nullable = false)
    String name;

    @Column(nullable = false)
    String position;

    @Column(name = "photo_id")
    Long photoId;

    @Column(name = "sort_order", nullable = false)
    int sortOrder;

    protected Guest() {
    }

    Guest(Long interviewId, int sortOrder) {
        this.interviewId = interviewId;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public Long getInterviewId() {
        return interviewId;
    }

    public String getName() {
        return name;
    }

    public String getPosition() {
        return position;
    }

    public Long getPhotoId() {
        return photoId;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
