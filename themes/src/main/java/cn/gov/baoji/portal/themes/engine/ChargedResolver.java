package cn.gov.baoji.portal.themes.engine;

import java.util.concurrent.CompletionStage;

import io.quarkus.qute.EvalContext;
import io.quarkus.qute.ValueResolver;

/** One of Qute's read-only resolvers (lists, maps, {@code ?:}, comparisons), charging each use. */
final class ChargedResolver implements ValueResolver {

    private final ValueResolver delegate;

    ChargedResolver(ValueResolver delegate) {
        this.delegate = delegate;
    }

    @Override
    public int getPriority() {
        return delegate.getPriority();
    }

    @Override
    public boolean appliesTo(EvalContext context) {
        return delegate.appliesTo(context);
    }

    @Override
    public CompletionStage<Object> resolve(EvalContext context) {
        RenderBudget.charge(1);
        return delegate.resolve(context);
    }
}
