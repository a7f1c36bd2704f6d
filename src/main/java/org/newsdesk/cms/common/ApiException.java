package org.newsdesk.cms.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * A failure the client can act on. As a {@link GraphQLError} it carries its own
 * extensions, so SmallRye GraphQL puts {@code code} (and {@code field}, when the
 * failure is about one argument) into the response as they are here. Its message
 * is shown to clients (see {@code show-runtime-exception-message}): write it for
 * a person, never with internals.
 */
public class ApiException extends RuntimeException implements GraphQLError {

    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ApiException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    public ApiException(ErrorCode code, String message, String field, Throwable cause) {
        super(message, cause);
        extensions.put("code", code.name());
        if (field != null) {
            extensions.put("field", field);
        }
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorCode.NOT_FOUND, message);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(ErrorCode.BAD_REQUEST, message);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(ErrorCode.VALIDATION, field + ": " + message, field, null);
    }

    /** Adds an extension entry, e.g. the current version on a CONFLICT. */
    public ApiException with(String key, Object value) {
        extensions.put(key, value);
        return this;
    }

    public static ApiException conflict(String message) {
        return new ApiException(ErrorCode.CONFLICT, message);
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null; // graphql-java fills in the field's location
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions;
    }
}
