package org.newsdesk.cms.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vertx.core.json.JsonObject;

/**
 * A graphql-transport-ws client over a real WebSocket: connects to {@code /graphql},
 * subscribes to {@code articleChanged} with the given selection, and queues the
 * changes it hears.
 */
public final class LiveSubscriber implements WebSocket.Listener, AutoCloseable {

    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final WebSocket socket;

    /**
     * @param baseUrl the application, e.g. http://127.0.0.1:8081
     * @param basicCredentials "user:password", or null for an anonymous subscriber
     */
    public LiveSubscriber(String baseUrl, String basicCredentials, String subscription) throws Exception {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws").connectTimeout(Duration.ofSeconds(5));
        if (basicCredentials != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(basicCredentials.getBytes(StandardCharsets.UTF_8)));
        }
        socket = builder.buildAsync(URI.create(baseUrl.replaceFirst("^http", "ws") + "/graphql"), this)
                .get(10, TimeUnit.SECONDS);
        socket.sendText(new JsonObject().put("type", "connection_init").encode(), true).get(5, TimeUnit.SECONDS);
        assertThat(message().getString("type")).isEqualTo("connection_ack");
        socket.sendText(new JsonObject().put("id", "1").put("type", "subscribe")
                .put("payload", new JsonObject().put("query", subscription)).encode(), true).get(5, TimeUnit.SECONDS);
        Thread.sleep(300); // the subscription is in place once the server has read it
    }

    /** The next change heard, within 10 s. */
    public JsonObject next() throws InterruptedException {
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

    /** Whether the server ended the connection (a close frame, or the socket closed) within the time given. */
    public boolean endedWithin(Duration time) throws InterruptedException {
        try {
            ended.get(time.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        ended.complete(null);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        ended.complete(null);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
}
