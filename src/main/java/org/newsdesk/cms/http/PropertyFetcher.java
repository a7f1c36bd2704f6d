package org.newsdesk.cms.http;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.jboss.logging.Logger;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

/**
 * Reads a plain property of a view (a getter, or a public field) and formats it as
 * SmallRye's own field fetcher does ({@link FieldHelper}: dates, numbers, adapters),
 * without recording the read in SmallRye's per-thread context (see
 * {@link LeanDataFetchers}). The getter is looked up on first use, as SmallRye does,
 * so that building the schema loads no view class early.
 */
final class PropertyFetcher<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {

    private static final Logger LOG = Logger.getLogger(PropertyFetcher.class);

    private final Field field;
    private final Reference owner;
    private final FieldHelper format;
    private volatile Property property;

    PropertyFetcher(Field field, Reference owner) {
        this.field = field;
        this.owner = owner;
        this.format = new FieldHelper(field);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(DataFetchingEnvironment environment) throws Exception {
        Object value = property().read(environment.getSource());
        try {
            return (T) format.transformOrAdaptResponse(value, environment);
        } catch (AbstractDataFetcherException e) {
            // As SmallRye's fetcher does: the value as it is, and a log line naming the failure.
            LOG.warnf(e, "Could not format %s.%s", owner.getName(), field.getName());
            return (T) value;
        }
    }

    private Property property() throws ReflectiveOperationException {
        Property found = property;
        if (found == null) {
            Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
            found = field.getMethodName() == null
                    ? new PublicField(type.getField(field.getPropertyName()))
                    : new Getter(type.getMethod(field.getMethodName()));
            property = found;
        }
        return found;
    }

    private interface Property {
        Object read(Object source) throws ReflectiveOperationException;
    }

    private record Getter(Method method) implements Property {
        @Override
        public Object read(Object source) throws IllegalAccessException, InvocationTargetException {
            return method.invoke(source);
        }
    }

    private record PublicField(java.lang.reflect.Field field) implements Property {
        @Override
        public Object read(Object source) throws IllegalAccessException {
            return field.get(source);
        }
    }
}
