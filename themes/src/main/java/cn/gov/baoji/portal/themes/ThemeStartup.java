package cn.gov.baoji.portal.themes;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Checks every shipped theme at start: its chain resolves (no missing parent, no cycle) and each of
 * its page templates parses. A broken theme stops the start with a message naming it, instead of
 * failing pages later.
 */
@ApplicationScoped
public class ThemeStartup {

    private static final Logger LOG = Logger.getLogger(ThemeStartup.class);

    private final ThemeCatalog catalog;
    private final ThemeRenderer renderer;

    ThemeStartup(ThemeCatalog catalog, ThemeRenderer renderer) {
        this.catalog = catalog;
        this.renderer = renderer;
    }

    void check(@Observes @Priority(5) StartupEvent event) {
        List<String> names = catalog.shipped();
        for (String name : names) {
            Theme theme = catalog.find(name).orElseThrow(() -> new ThemeException("Theme '" + name
                    + "' is listed in themes/themes.list but has no themes/" + name + "/theme.properties"));
            for (String template : ThemeRenderer.REQUIRED) {
                renderer.requireTemplate(theme.name(), template);
            }
        }
        LOG.infof("Themes checked: %s", names);
    }
}
