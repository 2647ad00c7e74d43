package cn.gov.baoji.portal.themes.engine;

import java.lang.invoke.MethodHandle;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import io.quarkus.qute.CompletedStage;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.Results;
import io.quarkus.qute.ValueResolver;

/** Reads a component of a page-data record; the only way templates see inside our objects. */
final class PageDataResolver implements ValueResolver {

    private final PageModel model;

    PageDataResolver(PageModel model) {
        this.model = model;
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 10;
    }

    @Override
    public boolean appliesTo(EvalContext context) {
        return context.getBase() != null && model.accessorsOf(context.getBase().getClass()) != null;
    }

    @Override
    public CompletionStage<Object> resolve(EvalContext context) {
        RenderBudget.charge(1);
        Map<String, MethodHandle> accessors = model.accessorsOf(context.getBase().getClass());
        MethodHandle accessor = context.getParams().isEmpty() ? accessors.get(context.getName()) : null;
        if (accessor == null) {
            return Results.notFound(context);
        }
        try {
            return CompletedStage.of(accessor.invoke(context.getBase()));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Page data accessor failed", e);
        }
    }
}
