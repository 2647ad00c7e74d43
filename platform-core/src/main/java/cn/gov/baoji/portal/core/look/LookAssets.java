package cn.gov.baoji.portal.core.look;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.FileDigests;
import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * The current county's logo and banner images. They are stored in the county's own schema, so an
 * id of another county finds nothing; they are never changed or deleted, so any earlier version of
 * the look can be restored with its images.
 */
@ApplicationScoped
public class LookAssets {

    private final EntityManager em;

    LookAssets(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public LookAsset store(LookAsset.Kind kind, byte[] bytes, String by) {
        LookImagePolicy.Image image = LookImagePolicy.check(kind, bytes);
        LookAsset asset = new LookAsset(kind, image, FileDigests.sha256(bytes), bytes, by);
        em.persist(asset);
        return asset;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LookAsset> find(long id) {
        return Optional.ofNullable(em.find(LookAsset.class, id));
    }

    /** Refuses a look that names an image this county does not have, or an image of the wrong kind. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireAll(LookSettings look) {
        require("logoId", look.logoId(), LookAsset.Kind.LOGO);
        require("bannerId", look.bannerId(), LookAsset.Kind.BANNER);
    }

    private void require(String field, Long id, LookAsset.Kind kind) {
        if (id != null && find(id).filter(a -> a.getKind() == kind).isEmpty()) {
            throw new InvalidInputException(field, "图片不存在，请重新上传");
        }
    }
}
