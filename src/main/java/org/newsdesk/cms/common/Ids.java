package org.newsdesk.cms.common;

import java.util.Optional;

/**
 * GraphQL IDs are strings; ours are numbers. One parser, and the two ways an API
 * edge refuses a string that names nothing: as an unknown thing (NOT_FOUND) or as
 * an invalid input field (VALIDATION).
 */
public final class Ids {

    private Ids() {
    }

    /** The number an id stands for; empty when it cannot be one of ours. */
    public static Optional<Long> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    /**
     * @throws ApiException NOT_FOUND when {@code id} cannot name any {@code what}
     */
    public static long require(String id, String what) {
        return parse(id).orElseThrow(() -> ApiException.notFound("No " + what + " has the id '" + id + "'"));
    }

    /**
     * @throws ApiException VALIDATION on {@code field} when {@code id} is not an id at all
     */
    public static long requireInput(String id, String field) {
        return parse(id).orElseThrow(() -> ApiException.invalid(field, "'" + id + "' is not an id"));
    }
}
