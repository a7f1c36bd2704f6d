package org.newsdesk.cms.http;

import java.lang.reflect.Method;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps GraphQL subscriptions from holding every shutdown for the whole
 * {@code quarkus.shutdown.timeout}. Quarkus's graceful shutdown waits until each request
 * it counted has ended, and learns that a request ended only from its response (ended,
 * closed, failed). A WebSocket's upgrade request has no such response: it never counts
 * as ended, not even after the socket closed (Quarkus 3.33). So once a single subscriber
 * had connected, each later shutdown of that process waited 30 s and then logged
 * "Timed out waiting for graceful shutdown": a rolling update 30 s slower per pod, and an
 * error in every stop.
 *
 * <p>An upgrade request counts as ended here as soon as it is handed on. A subscription
 * is a stream the subscriber takes up again on another replica, not a request to finish;
 * its socket closes with the server. Quarkus offers no public way to say so, hence the
 * call to its request wrapper's own {@code done()} (registered for reflection for the
 * native image); should a later Quarkus lose that method, this logs why and changes
 * nothing, and {@code SubscribersAndShutdownIT} fails.
 */
@ApplicationScoped
@RegisterForReflection(targets = QuarkusRequestWrapper.class, methods = true, fields = false)
class WebSocketUpgrades {

    private final Method done = requestWrapperDone();

    void install(@Observes Router router) {
        if (done != null) {
            // An upgrade is a GET: the POSTs that carry most queries never pass this stage.
            router.get(GraphQLPipeline.PATH).order(GraphQLPipeline.WEBSOCKET_UPGRADE.order()).handler(this::countAsEnded);
        }
    }

    private void countAsEnded(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (GraphQLPipeline.isWebSocketUpgrade(request)) {
            try {
                done.invoke(QuarkusRequestWrapper.get(request));
            } catch (ReflectiveOperationException | RuntimeException e) {
                Log.debugf(e, "WebSocket upgrade: could not mark the request as ended for graceful shutdown");
            }
        }
        context.next();
    }

    private static Method requestWrapperDone() {
        try {
            Method method = QuarkusRequestWrapper.class.getDeclaredMethod("done");
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException | RuntimeException e) {
            Log.warnf("Quarkus's request wrapper has no accessible done() (%s): an open or closed GraphQL"
                    + " subscription will hold a shutdown until quarkus.shutdown.timeout", e);
            return null;
        }
    }
}
