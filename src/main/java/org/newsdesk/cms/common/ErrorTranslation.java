package org.newsdesk.cms.common;


import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;

import graphql.GraphQL;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.EventingService;

/**
 * Turns Quarkus's security refusals into the contract's codes:
 * {@code UNAUTHORIZED} without credentials, {@code FORBIDDEN} without the role;
 * and a lost race for a row (optimistic locking) into {@code CONFLICT}.
 * Everything else goes to SmallRye GraphQL's own handler unchanged. (SmallRye
 * would otherwise derive "unauthorized"/"forbidden" from the class names, and
 * there is no configuration that maps a foreign exception class to a code.)
 *
 * <p>It hooks in as a SmallRye GraphQL {@link EventingService} (listed in
 * {@code META-INF/services}, enabled by {@link #ENABLED}) rather than as a CDI
 * observer: CDI observers need {@code quarkus.smallrye-graphql.events.enabled},
 * which fires a CDI event around every field of every answer, about a tenth of
 * the time of an uncached query.
 */
public class ErrorTranslation implements EventingService {

    /** The configuration key SmallRye reads to enable this service; true in application.properties. */
    static final String ENABLED = "cms.graphql.contract-error-codes";

    @Override
    public String getConfigKey() {
        return ENABLED;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        DataFetcherExceptionHandler smallrye = new ExceptionHandler();
        return builder.defaultDataFetcherExceptionHandler(parameters -> smallrye.handleException(
                DataFetcherExceptionHandlerParameters.newExceptionParameters()
                        .dataFetchingEnvironment(parameters.getDataFetchingEnvironment())
                        .exception(translate(parameters.getException()))
                        .build()));
    }

    /**
     * The contract's code of what a caller gets for {@code thrown} (the audit trail records
     * it); {@code INTERNAL} for errors outside the contract.
     */
    public static String codeOf(Throwable thrown) {
        Throwable translated = translate(thrown);
        for (Throwable cause = translated; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ApiException api) {
                return String.valueOf(api.getExtensions().get("code"));
            }
        }
        return "INTERNAL";
    }

    private static Throwable translate(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UnauthorizedException || cause instanceof AuthenticationFailedException) {
                return new ApiException(ErrorCode.UNAUTHORIZED,
                        "Sign in to do this", null, cause);
            }
            if (cause instanceof ForbiddenException) {
                return new ApiException(ErrorCode.FORBIDDEN, "Your account may not do this", null, cause);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                // Two writers raced for one row and this one lost; nothing of it was written.
                return new ApiException(ErrorCode.CONFLICT,
                        "Someone else changed this at the same moment; reload it and try again", null, cause);
            }
        }
        return thrown;
    }
}
