package cn.gov.baoji.portal.themes;

import java.util.Collection;

/**
 * The records the application hands to page templates as data. Templates can read their
 * components, and those of the records inside them, and nothing else. Implemented by the public
 * site, which knows what its pages show.
 */
public interface PageDataTypes {

    Collection<Class<? extends Record>> roots();
}
