package org.newsdesk.cms.http;

import java.util.Locale;

import io.vertx.ext.web.RoutingContext;

/** Which media type a GraphQL answer is sent as, from the client's Accept header. */
public final class ResponseMediaType {

    public static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";

    private ResponseMediaType() {
    }

    /** True when the answer is to be application/graphql-response+json. */
    public static boolean isGraphQLResponseJson(RoutingContext context) {
        return GRAPHQL_RESPONSE_JSON.equals(of(context));
    }

    /** The Content-Type header of the answer. */
    public static String contentType(RoutingContext context) {
        return contentType(isGraphQLResponseJson(context));
    }

    public static String contentType(boolean graphqlResponseJson) {
        return (graphqlResponseJson ? GRAPHQL_RESPONSE_JSON : "application/json") + "; charset=UTF-8";
    }

    /**
     * Of the media types we serve, the one the client's Accept header ranks highest
     * (by q-value; the first listed wins a tie); JSON when there is no header, null
     * when the client accepts none of them.
     */
    public static String of(RoutingContext context) {
        String accept = context.request().getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return "application/json";
        }
        String preferred = null;
        double preferredWeight = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            double weight = weight(parts);
            String served = switch (type) {
                case GRAPHQL_RESPONSE_JSON -> GRAPHQL_RESPONSE_JSON;
                case "application/json", "application/graphql+json", "application/*", "*/*" -> "application/json";
                default -> null;
            };
            if (served != null && weight > preferredWeight) {
                preferred = served;
                preferredWeight = weight;
            }
        }
        return preferred;
    }

    private static double weight(String[] mediaRangeParts) {
        for (int i = 1; i < mediaRangeParts.length; i++) {
            String parameter = mediaRangeParts[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException unreadable) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
