package cn.gov.baoji.portal.core.application;

import java.util.List;
import java.util.Optional;

/**
 * Where applications read the county's service guides (the service catalogue's side): the item,
 * its department, its time limit and whether online application is open.
 */
public interface ServiceGuides {

    /** The county's guide for an item, published or not; empty for items the county does not offer. */
    Optional<GuideTerms> guide(String code);

    /** Every guide of the county, in the catalogue's order: the list the webmaster picks a form from. */
    List<GuideTerms> all();
}
