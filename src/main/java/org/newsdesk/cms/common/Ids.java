package org.newsdesk.cms.common;

/** GraphQL IDs are strings; ours are numbers. */
public final class Ids {

    private Ids() {
    }

    /**
     * @throws ApiException NOT_FOUND when {@code id} cannot name any {@code what}
     */
    public static long parse(String id, String what) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw ApiException.notFound("No " + what + " has the id '" + id + "'");
        }
    }
}
