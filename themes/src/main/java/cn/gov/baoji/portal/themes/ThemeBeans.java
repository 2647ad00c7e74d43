package cn.gov.baoji.portal.themes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.qute.Engine;

/** Wires the theme classes into the application. */
@ApplicationScoped
public class ThemeBeans {

    @Produces
    @Singleton
    ThemeCatalog themeCatalog() {
        return new ThemeCatalog(Thread.currentThread().getContextClassLoader());
    }

    @Produces
    @Singleton
    ThemeRenderer themeRenderer(Engine engine, ThemeCatalog catalog) {
        return new ThemeRenderer(engine, catalog, Thread.currentThread().getContextClassLoader());
    }
}
