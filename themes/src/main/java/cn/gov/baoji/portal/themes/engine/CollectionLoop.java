package cn.gov.baoji.portal.themes.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import io.quarkus.qute.Expression;
import io.quarkus.qute.Mapper;
import io.quarkus.qute.Parameter;
import io.quarkus.qute.ResolutionContext;
import io.quarkus.qute.ResultNode;
import io.quarkus.qute.Scope;
import io.quarkus.qute.SectionBlock;
import io.quarkus.qute.SectionHelper;
import io.quarkus.qute.SectionHelperFactory;
import io.quarkus.qute.TemplateNode;

/**
 * {@code {#for item in items}…{#else}…{/for}} over a list or set the page provides, and over
 * nothing else: no integer ranges, maps, streams or iterators, so a template cannot make up work
 * the page data does not already hold. Every iteration charges the size of the loop body to the
 * render's budget before it runs.
 */
final class CollectionLoop implements SectionHelper {

    private final String alias;
    private final Expression iterable;
    private final SectionBlock elseBlock;
    private final int bodyWeight;

    private CollectionLoop(String alias, Expression iterable, SectionBlock elseBlock, int bodyWeight) {
        this.alias = alias;
        this.iterable = iterable;
        this.elseBlock = elseBlock;
        this.bodyWeight = bodyWeight;
    }

    @Override
    public CompletionStage<ResultNode> resolve(SectionResolutionContext context) {
        return context.resolutionContext().evaluate(iterable).thenCompose(value -> {
            if (!(value instanceof Collection<?> items)) {
                throw new RenderRefusedException("模板“" + iterable.getOrigin().getTemplateId() + "”第 "
                        + iterable.getOrigin().getLine() + " 行：“"
                        + iterable.toOriginalString() + "”不是页面提供的列表，不能循环");
            }
            if (items.isEmpty()) {
                return elseBlock == null ? ResultNode.NOOP : context.execute(elseBlock, context.resolutionContext());
            }
            List<CompletableFuture<ResultNode>> parts = new ArrayList<>(items.size());
            int index = 0;
            for (Object item : items) {
                RenderBudget.charge(bodyWeight);
                ResolutionContext child = context.resolutionContext()
                        .createChild(new Element(alias, item, index, index < items.size() - 1), null);
                parts.add(context.execute(child).toCompletableFuture());
                index++;
            }
            return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
                    .thenApply(done -> new Sequence(parts.stream().map(CompletableFuture::join).toList()));
        });
    }

    /** The loop's results in order. */
    private static final class Sequence extends ResultNode {

        private final List<ResultNode> parts;

        Sequence(List<ResultNode> parts) {
            this.parts = parts;
        }

        @Override
        public void process(Consumer<String> consumer) {
            parts.forEach(part -> part.process(consumer));
        }
    }

    /** The current element under its alias, and where the loop stands ({@code item_index} and so on). */
    private record Element(String alias, Object element, int index, boolean hasNext) implements Mapper {

        @Override
        public Object get(String key) {
            if (alias.equals(key)) {
                return element;
            }
            if (!key.startsWith(alias + "_")) {
                return io.quarkus.qute.Results.NotFound.from(key);
            }
            return switch (key.substring(alias.length() + 1)) {
                case "index" -> index;
                case "count" -> index + 1;
                case "hasNext" -> hasNext;
                case "isFirst" -> index == 0;
                case "isLast" -> !hasNext;
                case "odd" -> index % 2 == 0;
                case "even" -> index % 2 != 0;
                default -> io.quarkus.qute.Results.NotFound.from(key);
            };
        }
    }

    static final class Factory implements SectionHelperFactory<CollectionLoop> {

        private static final String ALIAS = "alias";
        private static final String IN = "in";
        private static final String ITERABLE = "iterable";

        @Override
        public List<String> getDefaultAliases() {
            return List.of("for", "each");
        }

        @Override
        public List<String> getBlockLabels() {
            return List.of("else");
        }

        @Override
        public ParametersInfo getParameters() {
            return ParametersInfo.builder().addParameter(ALIAS, Parameter.EMPTY).addParameter(IN, Parameter.EMPTY)
                    .addParameter(new Parameter(ITERABLE, null, true)).build();
        }

        @Override
        public Scope initializeBlock(Scope outerScope, BlockInfo block) {
            if (block.isMainBlock()) {
                String iterable = block.getParameters().get(ITERABLE);
                if (iterable == null) {
                    throw new RenderRefusedException("循环缺少要遍历的列表（写法：{#for item in 列表}）");
                }
                block.addExpression(ITERABLE, iterable);
            }
            return outerScope;
        }

        @Override
        public CollectionLoop initialize(SectionInitContext context) {
            String alias = context.getParameter(ALIAS);
            if (alias == null || Parameter.EMPTY.equals(alias)) {
                alias = "it";
            }
            SectionBlock body = context.getBlocks().get(0);
            SectionBlock elseBlock = context.getBlocks().size() > 1 ? context.getBlocks().get(1) : null;
            return new CollectionLoop(alias, context.getExpression(ITERABLE), elseBlock, 1 + weight(body.nodes));
        }
    }

    /** How many nodes a block holds, sections counted with everything inside them. */
    static int weight(List<TemplateNode> nodes) {
        int weight = 0;
        for (TemplateNode node : nodes) {
            weight++;
            if (node.isSection()) {
                for (SectionBlock block : node.asSection().getBlocks()) {
                    weight += weight(block.nodes);
                }
            }
        }
        return weight;
    }
}
