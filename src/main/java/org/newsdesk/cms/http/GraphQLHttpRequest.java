package org.newsdesk.cms.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.vertx.core.MultiMap;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The parameters of one GraphQL-over-HTTP request, read the way the GraphQL
 * handler will read them, but strictly: anything that is not a well-formed request
 * becomes a {@link NotWellFormed} naming the problem, answered with 400.
 */
public record GraphQLHttpRequest(String query, String operationName, Map<String, Object> variables) {

    /** Where a checked request waits in the routing context for the stages after the check. */
    private static final String CONTEXT_KEY = GraphQLHttpRequest.class.getName();

    /**
     * SmallRye GraphQL turns raw tabs and line feeds into spaces before parsing, so
     * Java text blocks pasted into a JSON string work; we read the body the same way.
     */
    private static final Pattern RAW_NEWLINE_OR_TAB = Pattern.compile("[\n\t]");

    static final class NotWellFormed extends Exception {
        NotWellFormed(String message) {
            super(message, null, false, false);
        }
    }

    /** Hands the checked request to the later stages of the {@link GraphQLPipeline}. */
    void attachTo(RoutingContext context) {
        context.put(CONTEXT_KEY, this);
    }

    /** The request as {@link GraphQLPipeline#WELL_FORMED} checked it; null for requests it let pass unread. */
    public static GraphQLHttpRequest checked(RoutingContext context) {
        return context.get(CONTEXT_KEY);
    }

    /** A POST body of type application/json: {"query": ..., "operationName": ..., "variables": ...}. */
    static GraphQLHttpRequest fromJsonBody(String body) throws NotWellFormed {
        return fromJsonBody(body, null);
    }

    /** The same; {@code storedDocument} stands in for a missing query (a persisted query's document). */
    static GraphQLHttpRequest fromJsonBody(String body, String storedDocument) throws NotWellFormed {
        if (body == null || body.isBlank()) {
            throw new NotWellFormed("The request body is empty: send a JSON object with a 'query' string");
        }
        Object parsed;
        try {
            parsed = Json.decodeValue(RAW_NEWLINE_OR_TAB.matcher(body).replaceAll(" "));
        } catch (DecodeException malformed) {
            throw new NotWellFormed("The request body is not valid JSON");
        }
        if (!(parsed instanceof JsonObject request)) {
            throw new NotWellFormed("The request body must be a JSON object with a 'query' string");
        }
        return new GraphQLHttpRequest(
                query(request.getValue("query") != null ? request.getValue("query") : storedDocument),
                optionalString(request.getValue("operationName"), "operationName"),
                optionalObject(request.getValue("variables"), "variables"));
    }

    /** A GET request: the same parameters in the URL, variables as JSON text. */
    static GraphQLHttpRequest fromQueryParameters(MultiMap parameters) throws NotWellFormed {
        return fromQueryParameters(parameters, null);
    }

    /** The same; {@code storedDocument} stands in for a missing query (a persisted query's document). */
    static GraphQLHttpRequest fromQueryParameters(MultiMap parameters, String storedDocument) throws NotWellFormed {
        String variables = single(parameters, "variables");
        Map<String, Object> parsedVariables = null;
        if (variables != null && !variables.isBlank()) {
            try {
                parsedVariables = optionalObject(Json.decodeValue(variables), "variables");
            } catch (DecodeException malformed) {
                throw new NotWellFormed("'variables' must be a JSON object");
            }
        }
        String query = single(parameters, "query");
        return new GraphQLHttpRequest(query(query != null ? query : storedDocument), single(parameters, "operationName"),
                parsedVariables);
    }

    /** A POST body of type application/graphql: the document itself. */
    static GraphQLHttpRequest fromGraphQLBody(String body) throws NotWellFormed {
        return new GraphQLHttpRequest(query(body), null, null);
    }

    /**
     * PostgreSQL cannot store U+0000 in text and no article needs it; refusing it
     * here, written raw or as a GraphQL escape, keeps it out of every argument.
     */
    boolean containsNulCharacter() {
        return query.indexOf('\u0000') >= 0 || query.contains("\\u0000") || containsNul(variables);
    }

    private static boolean containsNul(Object value) {
        if (value instanceof String text) {
            return text.indexOf('\u0000') >= 0;
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().anyMatch(entry -> containsNul(entry.getKey()) || containsNul(entry.getValue()));
        }
        if (value instanceof Iterable<?> list) {
            for (Object item : list) {
                if (containsNul(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The operations of the document that this request runs: the one named by
     * operationName, or all of them when none is named. Empty when the document
     * does not parse (the GraphQL handler reports that).
     */
    /** The parsed document; empty when it does not parse (execution reports why). */
    public Optional<Document> document() {
        return ParsedDocuments.of(query);
    }

    public List<OperationDefinition> selectedOperations() {
        return ParsedDocuments.of(query).map(document -> document.getDefinitionsOfType(OperationDefinition.class)
                .stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                .toList()).orElse(List.of());
    }

    /** True when the request runs exactly one operation, and it is a query. */
    public boolean isQuery() {
        List<OperationDefinition> operations = selectedOperations();
        return operations.size() == 1 && operations.get(0).getOperation() == OperationDefinition.Operation.QUERY;
    }

    private static String query(Object value) throws NotWellFormed {
        if (!(value instanceof String query) || query.isBlank()) {
            throw new NotWellFormed("'query' must be a string holding a GraphQL document");
        }
        return query;
    }

    private static String optionalString(Object value, String name) throws NotWellFormed {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new NotWellFormed("'" + name + "' must be a string");
    }

    private static Map<String, Object> optionalObject(Object value, String name) throws NotWellFormed {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonObject object) {
            return object.getMap();
        }
        throw new NotWellFormed("'" + name + "' must be a JSON object");
    }

    private static String single(MultiMap parameters, String name) throws NotWellFormed {
        List<String> values = parameters.getAll(name);
        if (values.size() > 1) {
            throw new NotWellFormed("Give '" + name + "' once");
        }
        return values.isEmpty() ? null : values.get(0);
    }
}
