package org.newsdesk.cms.http;

import java.util.concurrent.CompletionStage;

/**
 * A shorter way than the GraphQL engine to answer some anonymous queries, with the
 * same answer: package {@code directread} has one. {@link SmallRyeExecution} asks it
 * first and runs the engine for whatever it declines.
 */
public interface DirectAnswers {

    /** Whether it would take this request (parsed, one known shape of query). */
    boolean covers(GraphQLHttpRequest request);

    /**
     * The answer to {@code request}, completed on the calling event loop; null when it
     * does not cover the request. Completes with null when it declines after all (a
     * variable of another type, a page size out of range...): the engine then answers,
     * with the error the caller should see.
     */
    CompletionStage<SmallRyeExecution.Answer> answer(GraphQLHttpRequest request);
}
