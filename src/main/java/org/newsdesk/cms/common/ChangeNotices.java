package org.newsdesk.cms.common;

/**
 * The PostgreSQL channel on which a committed change is announced to every replica
 * ({@code NOTIFY}, sent in the change's transaction, so only on commit): what each
 * replica keeps in memory about the data (the answer cache) listens and drops it.
 */
public final class ChangeNotices {

    public static final String CHANNEL = "cms_changes";

    private ChangeNotices() {
    }
}
