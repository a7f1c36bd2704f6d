package org.newsdesk.cms.common;

/** Bounds on {@code first}: lists are paginated, never unbounded. */
public final class PageSize {

    /** The most items one page may hold. */
    public static final int MAX = 100;

    private PageSize() {
    }

    /**
     * @throws ApiException BAD_REQUEST when {@code first} is negative or over {@link #MAX}
     */
    public static int check(int first) {
        if (first < 0 || first > MAX) {
            throw ApiException.badRequest("first must be between 0 and " + MAX + ", was " + first);
        }
        return first;
    }
}
