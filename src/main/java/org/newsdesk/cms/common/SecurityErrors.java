package org.newsdesk.cms.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.GraphQL;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.execution.error.ExceptionHandler;

/**
 * Turns Quarkus's {@code @RolesAllowed} refusals into the contract's codes:
 * {@code UNAUTHORIZED} without credentials, {@code FORBIDDEN} without the role.
 * Everything else goes to SmallRye GraphQL's own handler unchanged. (SmallRye
 * would otherwise derive "unauthorized"/"forbidden" from the class names, and
 * there is no configuration that maps a foreign exception class to a code.)
 */
@ApplicationScoped
class SecurityErrors {

    GraphQL.Builder mapSecurityExceptions(@Observes GraphQL.Builder builder) {
        DataFetcherExceptionHandler smallrye = new ExceptionHandler();
        return builder.defaultDataFetcherExceptionHandler(parameters -> smallrye.handleException(
                DataFetcherExceptionHandlerParameters.newExceptionParameters()
                        .dataFetchingEnvironment(parameters.getDataFetchingEnvironment())
                        .exception(translate(parameters.getException()))
                        .build()));
    }

    private static Throwable translate(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UnauthorizedException || cause instanceof AuthenticationFailedException) {
                return new ApiException(ErrorCode.UNAUTHORIZED,
                        "Sign in as an editor (HTTP Basic) to do this", null, cause);
            }
            if (cause instanceof ForbiddenException) {
                return new ApiException(ErrorCode.FORBIDDEN, "Your account does not have the editor role", null, cause);
            }
        }
        return thrown;
    }
}
