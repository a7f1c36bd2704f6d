package org.newsdesk.cms.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * A {@code variables} member that is not a JSON object makes SmallRye GraphQL fail
 * the request with a ClassCastException, which would reach the client as HTTP 500.
 * It is the client's mistake: answer 400 with a GraphQL error that says so.
 */
@ApplicationScoped
class MalformedRequests {

    private static final String BODY = "{\"errors\":[{\"message\":\"Malformed GraphQL request: 'variables' must be a JSON"
            + " object and 'query' a string\",\"extensions\":{\"code\":\"BAD_REQUEST\"}}]}";

    void answerBadRequest(@Observes Router router) {
        router.route("/graphql").failureHandler(context -> {
            boolean clientShape = context.failure() instanceof ClassCastException
                    || context.failure() instanceof IllegalArgumentException;
            if (clientShape && !context.response().headWritten()) {
                context.response().setStatusCode(400)
                        .putHeader("Content-Type", "application/json")
                        .end(BODY);
            } else {
                context.next();
            }
        });
    }
}
