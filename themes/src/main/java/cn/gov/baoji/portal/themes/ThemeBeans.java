package cn.gov.baoji.portal.themes;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cn.gov.baoji.portal.themes.engine.PageEngines;
import cn.gov.baoji.portal.themes.engine.PageModel;
import cn.gov.baoji.portal.themes.engine.RenderLimits;

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
    ThemeRenderer themeRenderer(ThemeCatalog catalog, Instance<PageDataTypes> pageData, RenderConfig config) {
        List<Class<? extends Record>> roots = new ArrayList<>(List.of(Theme.class));
        pageData.forEach(types -> roots.addAll(types.roots()));
        RenderLimits limits = new RenderLimits(config.timeout(), config.maxOutputChars(), config.maxWorkUnits(),
                config.maxIncludeDepth());
        return new ThemeRenderer(catalog,
                new PageEngines(PageModel.of(roots), limits, Thread.currentThread().getContextClassLoader()));
    }
}
