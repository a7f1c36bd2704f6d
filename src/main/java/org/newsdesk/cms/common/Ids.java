package org.newsdesk.cms.common;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * GraphQL IDs are strings; ours are numbers. One parser, and the two ways an API
 * edge refuses a string that names nothing: as an unknown thing (NOT_FOUND) or as
 * an invalid input field (VALIDATION).
 */
public final class Ids {

    private Ids() {
    }

    /**
     * Ids as we write them: a positive number in decimal digits, without sign, leading
     * zeros or spaces. One spelling per id, so that what names it (audit targets, cache
     * keys, purges, events) always names it the same way.
     */
    private static final Pattern CANONICAL = Pattern.compile("[1-9][0-9]{0,18}");

    /** The number an id stands for; empty when it is not one of ours, as we write them. */
    public static Optional<Long> parse(String id) {
        if (id == null || !CANONICAL.matcher(id).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException beyondLong) {
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
