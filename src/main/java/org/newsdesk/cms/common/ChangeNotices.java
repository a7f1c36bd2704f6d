package org.newsdesk.cms.common;

/**
 * The PostgreSQL channel on which a committed change is announced to every replica
 * ({@code NOTIFY}, sent in the change's transaction, so only on commit): what each
 * replica keeps in memory about the data (the answer cache) listens and drops it, and
 * live subscribers of every replica hear of the change.
 */
public final class ChangeNotices {

    public static final String CHANNEL = "cms_changes";

    /** PostgreSQL refuses a notice payload of 8,000 bytes or more. */
    public static final int MAX_PAYLOAD_BYTES = 7_999;

    /** A notice heard on the channel (the sender's own included), as a CDI event. */
    public record Heard(String payload) {
    }

    private ChangeNotices() {
    }
}
