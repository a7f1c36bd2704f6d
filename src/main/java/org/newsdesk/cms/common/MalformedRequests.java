package org.newsdesk.cms.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Requests that must not reach GraphQL execution as they are: unsupported media
 * types (415), mutations by GET (405), and a {@code variables} member that is not
 * a JSON object, which SmallRye GraphQL would fail with a ClassCastException and
 * HTTP 500 although it is the client's mistake (400).
 */
@ApplicationScoped
class MalformedRequests {

    private static final String BODY = "{\"errors\":[{\"message\":\"Malformed GraphQL request: 'variables' must be a JSON"
            + " object and 'query' a string\",\"extensions\":{\"code\":\"BAD_REQUEST\"}}]}";

    private static final String UNSUPPORTED = "{\"errors\":[{\"message\":\"Send GraphQL requests as application/json"
            + " (or application/graphql)\",\"extensions\":{\"code\":\"BAD_REQUEST\"}}]}";

    /**
     * A POST whose body is neither JSON nor a GraphQL document is refused with 415,
     * as GraphQL over HTTP asks, before anything tries to parse it.
     */
    void refuseUnsupportedMediaTypes(@Observes Router router) {
        router.post("/graphql").order(-1000).handler(context -> {
            String type = context.request().getHeader("Content-Type");
            // GraphiQL's fetch sends "application/json, application/json" (its header and
            // ours, merged); the first media type is the one that counts.
            String mediaType = type == null ? "" : type.split("[,;]", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (mediaType.equals("application/json") || mediaType.equals("application/graphql")) {
                context.next();
            } else {
                context.response().setStatusCode(415).putHeader("Content-Type", "application/json").end(UNSUPPORTED);
            }
        });
    }

    private static final String MUTATION_BY_GET = "{\"errors\":[{\"message\":\"Mutations must be sent with POST\","
            + "\"extensions\":{\"code\":\"BAD_REQUEST\"}}]}";

    /**
     * GET is for queries only (GraphQL over HTTP): a mutation sent by GET, which a
     * link or an image tag could trigger, is refused with 405 and never executed.
     */
    void refuseMutationsByGet(@Observes Router router) {
        router.get("/graphql").order(-1000).handler(context -> {
            if (isMutation(context.request().getParam("query"), context.request().getParam("operationName"))) {
                context.response().setStatusCode(405).putHeader("Allow", "POST")
                        .putHeader("Content-Type", "application/json").end(MUTATION_BY_GET);
            } else {
                context.next();
            }
        });
    }

    private static boolean isMutation(String query, String operationName) {
        if (query == null || query.isBlank()) {
            return false;
        }
        try {
            return graphql.parser.Parser.parse(query).getDefinitionsOfType(graphql.language.OperationDefinition.class).stream()
                    .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                    .anyMatch(operation -> operation.getOperation() != graphql.language.OperationDefinition.Operation.QUERY);
        } catch (RuntimeException unparseable) {
            return false; // not our concern here: the GraphQL handler reports the syntax error
        }
    }

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
