package org.newsdesk.cms.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque keyset cursor: the list it belongs to, the sort key and the id of the
 * last row seen. Page 50 costs what page 1 costs, because the next page starts
 * from this key instead of skipping rows.
 *
 * @param list the ordering the cursor was made for; a cursor is refused elsewhere
 * @param key  the sort key as text, or null when the row's key is null
 * @param id   the row's id, which breaks ties between equal keys
 */
public record Cursor(String list, String key, long id) {

    private static final String VERSION = "c1";

    public String encode() {
        String raw = VERSION + "|" + list + "|" + id + "|" + (key == null ? "n" : "v" + key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws ApiException BAD_REQUEST when {@code encoded} is not a cursor of {@code expectedList}
     */
    public static Cursor decode(String encoded, String expectedList) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 4);
            if (parts.length == 4 && parts[0].equals(VERSION) && parts[1].equals(expectedList)) {
                String key = parts[3].startsWith("v") ? parts[3].substring(1) : null;
                return new Cursor(parts[1], key, Long.parseLong(parts[2]));
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw ApiException.badRequest("The cursor '" + abbreviate(encoded)
                + "' is not one this list handed out; pass an endCursor or edge cursor from the same query");
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
