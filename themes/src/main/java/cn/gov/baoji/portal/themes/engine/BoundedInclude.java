package cn.gov.baoji.portal.themes.engine;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import io.quarkus.qute.IncludeSectionHelper;
import io.quarkus.qute.ResultNode;
import io.quarkus.qute.Scope;
import io.quarkus.qute.SectionHelper;
import io.quarkus.qute.SectionHelperFactory;
import io.quarkus.qute.Template;

/**
 * Qute's {@code {#include}} with a bound on nesting, charging the included template's size each
 * time, so templates that include each other (or themselves, or one template many times over)
 * stop at once instead of recursing until the stack breaks or multiplying work unseen.
 * The template to include is always named in the tag: a template chosen at render time
 * ({@code _id=…}) is refused. What can be included at all is decided by the engine's locator.
 */
final class BoundedInclude implements SectionHelper {

    private final SectionHelper include;
    private final Supplier<Template> included;
    private volatile int weight = -1;

    private BoundedInclude(SectionHelper include, Supplier<Template> included) {
        this.include = include;
        this.included = included;
    }

    @Override
    public CompletionStage<ResultNode> resolve(SectionResolutionContext context) {
        RenderBudget.enterInclude(weight());
        try {
            return include.resolve(context);
        } finally {
            // Resolution runs synchronously on this thread, so the included template is done here.
            RenderBudget.leaveInclude();
        }
    }

    /** What rendering the included template costs: its nodes, sections counted with what they hold. */
    private int weight() {
        int known = weight;
        if (known < 0) {
            Template template = included.get();
            known = template == null ? 1 : 1 + CollectionLoop.weight(template.getNodes());
            weight = known;
        }
        return known;
    }

    static final class Factory implements SectionHelperFactory<SectionHelper> {

        private final IncludeSectionHelper.Factory delegate = new IncludeSectionHelper.Factory();

        @Override
        public List<String> getDefaultAliases() {
            return delegate.getDefaultAliases();
        }

        @Override
        public ParametersInfo getParameters() {
            return delegate.getParameters();
        }

        @Override
        public List<String> getBlockLabels() {
            return delegate.getBlockLabels();
        }

        @Override
        public boolean treatUnknownSectionsAsBlocks() {
            return delegate.treatUnknownSectionsAsBlocks();
        }

        @Override
        public MissingEndTagStrategy missingEndTagStrategy() {
            return delegate.missingEndTagStrategy();
        }

        @Override
        public Scope initializeBlock(Scope outerScope, BlockInfo block) {
            if (block.isMainBlock() && block.hasParameter("_id")) {
                throw new RenderRefusedException("模板“" + block.getOrigin().getTemplateId() + "”第 "
                        + block.getOrigin().getLine()
                        + " 行：{#include} 必须直接写出模板名称");
            }
            return delegate.initializeBlock(outerScope, block);
        }

        @Override
        public SectionHelper initialize(SectionInitContext context) {
            String id = context.getParameter("template");
            var engine = context.getEngine();
            return new BoundedInclude(delegate.initialize(context), () -> id == null ? null : engine.getTemplate(id));
        }
    }
}
