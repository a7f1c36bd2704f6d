package org.newsdesk.cms.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.LiveSubscriber;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * articleChanged over a real WebSocket with the graphql-transport-ws protocol: an
 * editor's dashboard hears every committed change; an anonymous subscriber hears only
 * changes that leave an article published.
 */
@QuarkusTest
class LiveChangesApiTest {

    private static final String SUBSCRIBE = "subscription { articleChanged { eventId type articleId status editor } }";

    @Test
    void editorsHearEveryChangeReadersOnlyPublishedOnes() throws Exception {
        try (LiveSubscriber editor = subscriber("editor:" + GraphQL.EDITOR_PASSWORD);
                LiveSubscriber reader = subscriber(null)) {
            String id = GraphQL.editor().data("mutation { createArticle(input: { title: \"Live " + unique()
                    + "\", body: \"<p>x</p>\" }) { id } }").getString("data.createArticle.id");
            JsonObject created = editor.next();
            assertThat(created.getString("type")).isEqualTo("createArticle");
            assertThat(created.getString("articleId")).isEqualTo(id);
            assertThat(created.getString("status")).isEqualTo("DRAFT");
            assertThat(created.getString("editor")).isEqualTo("editor");

            GraphQL.editor().data("mutation($id: ID!) { publishArticle(id: $id) { id } }", Map.of("id", id));
            assertThat(editor.next().getString("type")).isEqualTo("publishArticle");
            JsonObject heard = reader.next();
            assertThat(heard.getString("type")).as("the reader never heard of the draft").isEqualTo("publishArticle");
            assertThat(heard.getString("status")).isEqualTo("PUBLISHED");
            assertThat(heard.containsKey("editor")).isTrue();
            assertThat(heard.getValue("editor")).as("staff logins are for editors' eyes").isNull();
        }
    }

    private static LiveSubscriber subscriber(String basicCredentials) throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return new LiveSubscriber("http://localhost:" + port, basicCredentials, SUBSCRIBE);
    }

    private static String unique() {
        return java.util.UUID.randomUUID().toString().substring(0, 8);
    }
}
