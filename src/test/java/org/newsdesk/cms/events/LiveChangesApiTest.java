package org.newsdesk.cms.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;

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
        try (Subscriber editor = new Subscriber("editor:" + GraphQL.EDITOR_PASSWORD);
                Subscriber reader = new Subscriber(null)) {
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
        }
    }

    /** A graphql-transport-ws client: connects, subscribes, and queues the changes it hears. */
    private static final class Subscriber implements WebSocket.Listener, AutoCloseable {

        private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private final WebSocket socket;

        Subscriber(String basicCredentials) throws Exception {
            int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
            WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                    .subprotocols("graphql-transport-ws").connectTimeout(Duration.ofSeconds(5));
            if (basicCredentials != null) {
                builder.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(basicCredentials.getBytes(StandardCharsets.UTF_8)));
            }
            socket = builder.buildAsync(URI.create("ws://localhost:" + port + "/graphql"), this).get(10, TimeUnit.SECONDS);
            socket.sendText(new JsonObject().put("type", "connection_init").encode(), true).get(5, TimeUnit.SECONDS);
            assertThat(message().getString("type")).isEqualTo("connection_ack");
            socket.sendText(new JsonObject().put("id", "1").put("type", "subscribe")
                    .put("payload", new JsonObject().put("query", SUBSCRIBE)).encode(), true).get(5, TimeUnit.SECONDS);
            Thread.sleep(300); // the subscription is in place once the server has read it
        }

        /** The next change heard, within 10 s. */
        JsonObject next() throws InterruptedException {
            JsonObject message = message();
            assertThat(message.getString("type")).as(message.encode()).isEqualTo("next");
            return message.getJsonObject("payload").getJsonObject("data").getJsonObject("articleChanged");
        }

        private JsonObject message() throws InterruptedException {
            JsonObject message = messages.poll(10, TimeUnit.SECONDS);
            assertThat(message).as("a message within 10 s").isNotNull();
            return message;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(new JsonObject(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    private static String unique() {
        return java.util.UUID.randomUUID().toString().substring(0, 8);
    }
}
