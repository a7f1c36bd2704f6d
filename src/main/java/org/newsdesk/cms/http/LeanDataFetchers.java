package org.newsdesk.cms.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * SmallRye GraphQL's data fetchers without two costs a profile of list queries showed
 * (docs/benchmark.md, session 9), answers unchanged:
 * <ul>
 * <li>A plain property (a title, an author's name) is read by {@link PropertyFetcher}.
 * SmallRye's own fetcher first records every such read in its per-thread context,
 * serializing the field's selection set as JSON each time (7% of the CPU of a page of
 * 20), for code that reads that context, which a getter never does.
 * <li>The fetcher behind a batched field is made once. SmallRye makes a new one for
 * every batched field of the schema on every request, to build that request's data
 * loaders, and each looks its method up by reflection (4%). Batch loading keeps no
 * state in its fetcher, so one per field serves every request.
 * </ul>
 * SmallRye finds this service through {@code META-INF/services} and asks services in
 * order of {@link #getPriority()}: this one before Quarkus's (priority 1), which makes
 * the fetchers this one shares and answers everything this one leaves to it.
 */
public final class LeanDataFetchers implements DataFetcherService {

    private final QuarkusDataFetcherService quarkus = new QuarkusDataFetcherService();

    private final Map<OperationKey, PlugableBatchableDataFetcher<?, ?>> defaults = new ConcurrentHashMap<>();

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return new PropertyFetcher<>(field, owner);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public PlugableBatchableDataFetcher getDefaultDataFetcher(Operation operation, Type type) {
        return defaults.computeIfAbsent(new OperationKey(operation),
                key -> quarkus.getDefaultDataFetcher(operation, type));
    }

    /** An operation by identity: the schema model's {@code equals} compares every attribute. */
    private record OperationKey(Operation operation) {
        @Override
        public boolean equals(Object other) {
            return other instanceof OperationKey key && key.operation == operation;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(operation);
        }
    }
}
