package org.newsdesk.cms.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import io.smallrye.graphql.schema.model.Execute;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.OperationType;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * The data fetchers {@link LeanDataFetchers} hands SmallRye: plain properties read
 * straight from the view, batched fields' fetchers made once. That the answers stay
 * the same is every API test's business; this pins the mechanics.
 */
class LeanDataFetchersTest {

    private static final Reference STRING = new Reference.Builder().className(String.class.getName())
            .name("String").type(ReferenceType.SCALAR).graphQLClassName(String.class.getName()).build();
    private static final Reference STORY = new Reference.Builder().className(Story.class.getName())
            .name("Story").type(ReferenceType.TYPE).graphQLClassName(Story.class.getName()).build();

    private final LeanDataFetchers service = new LeanDataFetchers();

    @Test
    void isTheServiceSmallRyeFindsAndAsksFirst() {
        List<DataFetcherService> services = ServiceLoader.load(DataFetcherService.class).stream()
                .map(ServiceLoader.Provider::get).toList();

        assertThat(services).anySatisfy(found -> assertThat(found).isInstanceOf(LeanDataFetchers.class));
        assertThat(services).allSatisfy(found -> assertThat(found.getPriority())
                .isGreaterThanOrEqualTo(service.getPriority()));
    }

    @Test
    void readsAGetter() throws Exception {
        DataFetcher<?> title = service.getFieldDataFetcher(new Field("getTitle", "title", "title", STRING), null, STORY);

        assertThat(title.get(on(new Story("Harbour reopens")))).isEqualTo("Harbour reopens");
        assertThat(title.get(on(new Story("Second story")))).isEqualTo("Second story");
    }

    @Test
    void readsAPublicField() throws Exception {
        DataFetcher<?> desk = service.getFieldDataFetcher(new Field(null, "desk", "desk", STRING), null, STORY);

        assertThat(desk.get(on(new Story("Any")))).isEqualTo("metro");
    }

    @Test
    void letsAFailingGetterFailTheField() {
        DataFetcher<?> broken = service.getFieldDataFetcher(new Field("getBroken", "broken", "broken", STRING), null,
                STORY);

        assertThatThrownBy(() -> broken.get(on(new Story("Any"))))
                .isInstanceOf(InvocationTargetException.class)
                .hasRootCauseMessage("no such story");
    }

    @Test
    void makesTheFetcherOfABatchedFieldOnce() {
        Operation byline = operation("byline");
        Operation kicker = operation("kicker");

        assertThat(service.getDefaultDataFetcher(byline, null)).isSameAs(service.getDefaultDataFetcher(byline, null));
        assertThat(service.getDefaultDataFetcher(kicker, null)).isNotSameAs(service.getDefaultDataFetcher(byline, null));
    }

    private static Operation operation(String method) {
        return new Operation(Stories.class.getName(), method, method, method, STRING, OperationType.QUERY,
                Execute.BLOCKING);
    }

    private static DataFetchingEnvironment on(Object source) {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment().source(source).build();
    }

    public static class Story {
        public final String desk = "metro";
        private final String title;

        Story(String title) {
            this.title = title;
        }

        public String getTitle() {
            return title;
        }

        public String getBroken() {
            throw new IllegalStateException("no such story");
        }
    }

    public static class Stories {
        public String byline() {
            return "";
        }

        public String kicker() {
            return "";
        }
    }
}
