package org.newsdesk.cms.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.common.ErrorCode;

import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * GraphQL over HTTP, where SmallRye GraphQL is more lenient than the specification:
 * requests are checked before they reach GraphQL execution.
 * <ul>
 * <li>a POST that is neither JSON nor a GraphQL document: 415;</li>
 * <li>a request that is not well-formed (bad JSON, no query, variables that are
 * not an object...): 400 with the reason, instead of 200 or a server error;</li>
 * <li>an Accept header that allows none of the JSON media types: 406;</li>
 * <li>a mutation by GET, which a link or an image tag could trigger: 405, never
 * executed;</li>
 * <li>when the client asks for {@code application/graphql-response+json}, a request
 * error (syntax, validation, unknown operation, variables of the wrong type): 400.
 * With {@code application/json} such errors keep status 200, as the specification
 * asks for that legacy media type.</li>
 * </ul>
 */
@ApplicationScoped
class GraphQLOverHttp {

    private static final String PATH = GraphQLPipeline.PATH;

    @Inject
    Instance<GraphQLSchema> schema;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void checkRequests(@Observes Router router) {
        router.post(PATH).order(GraphQLPipeline.MEDIA_TYPE.order()).handler(this::refuseUnsupportedMediaTypes);
        // Reads the body for the check below; the GraphQL route's own body handler then
        // sees it was read. Bodies over the configured cap are refused here with 413.
        router.post(PATH).order(GraphQLPipeline.BODY.order()).handler(BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue()));
        router.route(PATH).order(GraphQLPipeline.WELL_FORMED.order()).handler(this::refuseRequestsThatAreNotWellFormed);
    }

    private void refuseUnsupportedMediaTypes(RoutingContext context) {
        String mediaType = requestMediaType(context);
        if (mediaType.equals("application/json") || mediaType.equals("application/graphql")) {
            context.next();
        } else {
            refuse(context, 415, "Send GraphQL requests as application/json (or application/graphql)");
        }
    }

    private void refuseRequestsThatAreNotWellFormed(RoutingContext context) {
        HttpMethod method = context.request().method();
        boolean webSocket = GraphQLPipeline.isWebSocketUpgrade(context.request());
        if (webSocket || (method != HttpMethod.GET && method != HttpMethod.POST)) {
            context.next();
            return;
        }
        if (ResponseMediaType.of(context) == null) {
            refuse(context, 406, "Accept application/json or " + ResponseMediaType.GRAPHQL_RESPONSE_JSON);
            return;
        }
        GraphQLHttpRequest request;
        try {
            request = read(context);
        } catch (GraphQLHttpRequest.NotWellFormed problem) {
            refuse(context, 400, "Malformed GraphQL request: " + problem.getMessage());
            return;
        }
        if (request.containsNulCharacter()) {
            refuse(context, 400, "Text may not contain the NUL character (U+0000)");
            return;
        }
        if (method == HttpMethod.GET && isMutation(request)) {
            context.response().putHeader("Allow", "POST");
            refuse(context, 405, "Mutations must be sent with POST");
            return;
        }
        if (ResponseMediaType.isGraphQLResponseJson(context)) {
            List<GraphQLError> errors = GraphQLRequestErrors.of(schema.get(), request);
            if (!errors.isEmpty()) {
                JsonArray body = new JsonArray();
                errors.forEach(error -> body.add(withCode(error.toSpecification())));
                respond(context, 400, body);
                return;
            }
        }
        request.attachTo(context);
        context.next();
    }

    private static GraphQLHttpRequest read(RoutingContext context) throws GraphQLHttpRequest.NotWellFormed {
        String stored = PersistedQueries.storedDocument(context);
        if (context.request().method() == HttpMethod.GET) {
            return GraphQLHttpRequest.fromQueryParameters(context.queryParams(), stored);
        }
        String body = context.body().asString();
        return requestMediaType(context).equals("application/graphql")
                ? GraphQLHttpRequest.fromGraphQLBody(body)
                : GraphQLHttpRequest.fromJsonBody(body, stored);
    }

    private static boolean isMutation(GraphQLHttpRequest request) {
        return request.selectedOperations().stream()
                .anyMatch(operation -> operation.getOperation() != OperationDefinition.Operation.QUERY);
    }

    /** GraphiQL's fetch sends "application/json, application/json" (its header and ours, merged). */
    private static String requestMediaType(RoutingContext context) {
        String type = context.request().getHeader("Content-Type");
        return type == null ? "" : type.split("[,;]", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static JsonObject withCode(Map<String, Object> error) {
        JsonObject json = new JsonObject(error);
        JsonObject extensions = json.getJsonObject("extensions", new JsonObject());
        json.put("extensions", extensions.put("code", ErrorCode.BAD_REQUEST.name()));
        return json;
    }

    private static void refuse(RoutingContext context, int status, String message) {
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", ErrorCode.BAD_REQUEST.name()));
        respond(context, status, new JsonArray().add(error));
    }

    private static void respond(RoutingContext context, int status, JsonArray errors) {
        context.response().setStatusCode(status)
                .putHeader("Content-Type", ResponseMediaType.contentType(context))
                .end(new JsonObject().put("errors", errors).encode());
    }
}
