package cn.gov.baoji.portal.themes.engine;

import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import io.quarkus.qute.Engine;
import io.quarkus.qute.IfSectionHelper;
import io.quarkus.qute.InsertSectionHelper;
import io.quarkus.qute.SetSectionHelper;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.ValueResolver;
import io.quarkus.qute.ValueResolvers;

/**
 * The reduced template engine every public page is rendered with, shipped templates and a
 * county's own alike. It is built from nothing rather than from the application's engine, and
 * offers only:
 * <ul>
 * <li>sections {@code if}, {@code for}/{@code each} over lists the page provides, {@code include}
 * (of what the locator finds: the theme's templates and the county's overrides), {@code insert},
 * {@code let}/{@code set};</li>
 * <li>the components of page-data records ({@link PageModel}) and Qute's read-only list and map
 * properties, {@code ?:}, comparisons and integer {@code plus}/{@code minus};</li>
 * <li>HTML escaping of every printed value.</li>
 * </ul>
 * There is no {@code eval}, no namespace ({@code config:}, {@code inject:}, {@code str:} …), no
 * reflection, no {@code raw}, and no integer ranges. Every render runs under {@link RenderLimits}.
 */
public final class PageEngine {

    private static final Logger LOG = Logger.getLogger(PageEngine.class);

    private final Engine engine;
    private final RenderLimits limits;

    PageEngine(PageModel model, RenderLimits limits, TemplateLocator locator) {
        this.limits = limits;
        var builder = Engine.builder()
                .addSectionHelper(new IfSectionHelper.Factory())
                .addSectionHelper(new CollectionLoop.Factory())
                .addSectionHelper(new BoundedInclude.Factory())
                .addSectionHelper(new InsertSectionHelper.Factory())
                .addSectionHelper(new SetSectionHelper.Factory())
                .addValueResolver(new PageDataResolver(model))
                .addResultMapper(new EscapingResultMapper())
                .addLocator(locator)
                .strictRendering(true)
                .removeStandaloneLines(true);
        for (ValueResolver resolver : READ_ONLY_RESOLVERS) {
            builder.addValueResolver(new ChargedResolver(resolver));
        }
        this.engine = builder.build();
    }

    private static final List<ValueResolver> READ_ONLY_RESOLVERS = List.of(ValueResolvers.mapperResolver(), ValueResolvers.mapResolver(),
            ValueResolvers.collectionResolver(), ValueResolvers.listResolver(), ValueResolvers.orResolver(),
            ValueResolvers.orEmpty(), ValueResolvers.trueResolver(), ValueResolvers.logicalAndResolver(),
            ValueResolvers.logicalOrResolver(), ValueResolvers.equalsResolver(), ValueResolvers.plusResolver(),
            ValueResolvers.minusResolver(), ValueResolvers.modResolver());

    /** The template, parsed; null if no template of that name exists. Parse errors surface here. */
    public Template template(String id) {
        return engine.getTemplate(id);
    }

    /**
     * Renders a template with the given data and nothing else, within the limits.
     *
     * @throws RenderRefusedException if the render passes a limit, reads data the page does not
     *         have, or fails in any other way
     */
    public String render(Template template, Map<String, Object> data) {
        RenderBudget budget = RenderBudget.open(limits);
        try {
            RenderBudget.charge(CollectionLoop.weight(template.getNodes()));
            TemplateInstance instance = template.instance();
            data.forEach(instance::data);
            StringBuilder page = new StringBuilder(32 * 1024);
            instance.consume(chunk -> {
                budget.output(chunk.length());
                page.append(chunk);
            }).toCompletableFuture().join();
            if (LOG.isDebugEnabled()) {
                LOG.debugf("Rendered '%s': %d work units, %d characters", template.getId(), budget.units(),
                        budget.outputChars());
            }
            return page.toString();
        } catch (RuntimeException | StackOverflowError e) {
            throw refusal(e);
        } finally {
            budget.close();
        }
    }

    /**
     * Whatever stopped a render, as a refusal that names it: a bound, data the page lacks, a list
     * index or division the data did not allow, or nesting too deep for the thread's stack.
     */
    public static RenderRefusedException refusal(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RenderRefusedException refused) {
                return refused;
            }
            if (cause instanceof StackOverflowError) {
                return new RenderRefusedException("页面模板嵌套过深，已被终止");
            }
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TemplateException template) {
                return new RenderRefusedException("模板无法显示页面：" + template.getMessage());
            }
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new RenderRefusedException("模板计算出错：" + (root.getMessage() == null ? "数据不支持这一操作" : root.getMessage()));
    }
}
