package org.newsdesk.cms.http;

/**
 * The stages a request to {@link #PATH} passes before SmallRye GraphQL's own handler,
 * in the order they run: each is a Vert.x route on the path, ordered by
 * {@link #order()}. A stage that answers ends the request; otherwise it hands the
 * request on, with the {@link GraphQLHttpRequest} it checked attached.
 */
public enum GraphQLPipeline {

    /** 415 for a POST that is neither JSON nor a GraphQL document. */
    MEDIA_TYPE,
    /** Reads the body once for every later stage; 413 over the configured cap. */
    BODY,
    /** 400, 405, 406 for requests that are not well-formed; attaches the checked request. */
    WELL_FORMED,
    /** On the event loop: a remembered answer to an anonymous query (package readcache). */
    REMEMBERED_ANSWER,
    /** On a worker: runs an anonymous query and remembers a clean answer (package readcache). */
    ANSWER_AND_REMEMBER;

    public static final String PATH = "/graphql";

    /** Vert.x route order: all stages run before the GraphQL handler, which has the default order. */
    public int order() {
        return -1000 + ordinal();
    }
}
