package org.newsdesk.cms.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers the requests SmallRye GraphQL's handler cannot or would answer without
 * cache headers: those whose document came from the persisted queries (SmallRye
 * knows none), and anonymous GET queries that the read cache did not answer (it is
 * off, or the answer had errors), and anonymous queries {@link DirectAnswers} covers.
 * Everything else goes on to SmallRye's handler.
 * Either way the request runs as SmallRye's handler runs it, from the event loop.
 */
@ApplicationScoped
class OwnAnswers {

    private final SmallRyeExecution execution;
    private final HttpCaching caching;

    OwnAnswers(SmallRyeExecution execution, HttpCaching caching) {
        this.execution = execution;
        this.caching = caching;
    }

    void install(@Observes Router router) {
        router.route(GraphQLPipeline.PATH).order(GraphQLPipeline.OWN_ANSWER.order()).handler(this::answer);
    }

    private void answer(RoutingContext context) {
        GraphQLHttpRequest request = GraphQLHttpRequest.checked(context);
        if (request == null || !(PersistedQueries.storedDocument(context) != null || anonymousGetQuery(context, request)
                || execution.directlyAnswerable(context, request))) {
            context.next();
            return;
        }
        execution.execute(context, request).whenComplete((answer, failure) -> {
            if (failure != null) {
                context.fail(failure);
                return;
            }
            caching.send(context, caching.prepare(Buffer.buffer(answer.json()), answer.hasErrors(), answer.keys()),
                    ResponseMediaType.contentType(context));
        });
    }

    private static boolean anonymousGetQuery(RoutingContext context, GraphQLHttpRequest request) {
        return context.request().method() == HttpMethod.GET && context.request().getHeader("Authorization") == null
                && request.isQuery();
    }
}
