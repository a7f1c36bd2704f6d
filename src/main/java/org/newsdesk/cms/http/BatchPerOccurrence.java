package org.newsdesk.cms.http;

import java.util.List;
import java.util.stream.Collectors;

import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.AstPrinter;
import graphql.language.Field;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DelegatingDataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.spi.EventingService;

/**
 * Loads a batched field (an article's {@code related}, an author's {@code articles}…)
 * once per distinct occurrence in a request rather than once for all of them.
 *
 * <p>SmallRye GraphQL gives each batched field one data loader per request and calls
 * its method once per level with the arguments and selection of the first occurrence
 * it saw. Two occurrences that differ ({@code one: articles(first: 1)} beside
 * {@code three: articles(first: 3)}, or two {@code related} whose linked articles show
 * different fields) would both get the first one's reads. Here each occurrence (its
 * arguments and its selection) gets a data loader of its own, made from the field's
 * own loader: occurrences that agree still share one batch, those that differ get
 * theirs.
 *
 * <p>An {@link EventingService} (enabled by {@link #ENABLED}) that adds an
 * instrumentation beside SmallRye's own (query depth and complexity, the parsed
 * document cache): it changes nothing but the data loader a batched field's fetcher
 * is given.
 */
public final class BatchPerOccurrence implements EventingService, Instrumentation {

    /** The configuration key SmallRye reads to enable this service; true in application.properties. */
    static final String ENABLED = "cms.graphql.batch-per-occurrence";

    /**
     * An occurrence's selection, printed once per parsed field: SmallRye keeps parsed
     * documents, so the same field nodes come back request after request (weak keys
     * compare them by identity and let them go with their document).
     */
    private static final Cache<Field, String> SELECTIONS = Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

    @Override
    public String getConfigKey() {
        return ENABLED;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // The builder does not tell its instrumentation; a GraphQL built from it does.
        Instrumentation smallrye = builder.build().getInstrumentation();
        return builder.instrumentation(new ChainedInstrumentation(List.of(smallrye, this)));
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!(fetcher instanceof BatchDataFetcher<?>)) {
            return fetcher;
        }
        return environment -> fetcher.get(new Occurrence(environment));
    }

    /** A batched field's environment whose data loader is its occurrence's own. */
    private static final class Occurrence extends DelegatingDataFetchingEnvironment {

        Occurrence(DataFetchingEnvironment environment) {
            super(environment);
        }

        @Override
        public <K, V> DataLoader<K, V> getDataLoader(String name) {
            DataLoader<K, V> field = delegateEnvironment.getDataLoader(name);
            if (field == null) {
                return null;
            }
            String occurrence = name + "@" + delegateEnvironment.getArguments() + "@" + selection();
            return getDataLoaderRegistry().computeIfAbsent(occurrence, ignored -> DataLoaderFactory
                    .newDataLoader(batchFunction(field), field.getOptions()));
        }

        private String selection() {
            return getMergedField().getFields().stream()
                    .map(node -> SELECTIONS.get(node, BatchPerOccurrence::selectionOf))
                    .collect(Collectors.joining(" "));
        }

        @SuppressWarnings("unchecked")
        private static <K, V> BatchLoaderWithContext<K, V> batchFunction(DataLoader<K, V> field) {
            return (BatchLoaderWithContext<K, V>) field.getBatchLoadFunction();
        }
    }

    private static String selectionOf(Field field) {
        return field.getSelectionSet() == null ? "" : AstPrinter.printAstCompact(field.getSelectionSet());
    }
}
