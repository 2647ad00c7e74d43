package cn.gov.baoji.portal.core.interview;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.baoji.portal.core.content.FileDigests;
import cn.gov.baoji.portal.core.security.Actor;

/** Stores and finds the pictures of interviews, in the county's own schema. */
@ApplicationScoped
class Pictures {

    private final EntityManager em;
    private final Clock clock;

    Pictures(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Checks and stores a picture of the interview; runs inside the caller's transaction. */
    Picture store(long interviewId, String fileName, byte[] bytes, Actor actor) {
        PicturePolicy.Accepted accepted = PicturePolicy.check(fileName, bytes);
        Picture picture = new Picture();
        picture.interviewId = interviewId;
        picture.contentType = accepted.contentType();
        picture.width = accepted.width();
        picture.height = accepted.height();
        picture.sizeBytes = bytes.length;
        picture.sha256 = FileDigests.sha256(bytes);
        picture.bytes = bytes;
        picture.uploadedBy = actor.name().length() > 80 ? actor.name().substring(0, 80) : actor.name();
        picture.uploadedAt = OffsetDateTime.now(clock);
        em.persist(picture);
        return picture;
    }

    /** A picture of this interview; another interview's (or county's) id finds nothing. */
    Optional<Picture> of(long interviewId, long pictureId) {
        Picture picture = em.find(Picture.class, pictureId);
        return picture != null && picture.interviewId == interviewId ? Optional.of(picture) : Optional.empty();
    }
}
