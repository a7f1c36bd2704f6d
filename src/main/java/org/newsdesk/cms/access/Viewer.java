package org.newsdesk.cms.access;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is asking, as far as visibility goes: whoever may read all articles (editors,
 * admins) sees every article; a contributor sees the published ones and their own
 * ({@code owner}, the account that created them) in the article lookups and lists;
 * everyone else only PUBLISHED ones.
 */
public record Viewer(boolean editor, String owner) {

    /** The embedded realm's editor role: accounts from before roles existed keep working. */
    public static final String EDITOR_ROLE = "editor";
    public static final Viewer READER = new Viewer(false, null);
    public static final Viewer EDITOR = new Viewer(true, null);

    public static Viewer of(SecurityIdentity identity) {
        if (Access.has(identity, Permission.READ_ALL_ARTICLES)) {
            return EDITOR;
        }
        return Access.has(identity, Permission.WRITE_OWN_DRAFTS) ? new Viewer(false, identity.getPrincipal().getName())
                : READER;
    }

    /** A contributor's view: their own articles besides the published ones. */
    public static Viewer contributor(String owner) {
        return new Viewer(false, owner);
    }
}
