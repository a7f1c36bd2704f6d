package org.newsdesk.cms.common;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is asking, as far as visibility goes: editors see every article, everyone
 * else only PUBLISHED ones.
 */
public record Viewer(boolean editor) {

    public static final String EDITOR_ROLE = "editor";
    public static final Viewer READER = new Viewer(false);
    public static final Viewer EDITOR = new Viewer(true);

    public static Viewer of(SecurityIdentity identity) {
        return identity.hasRole(EDITOR_ROLE) ? EDITOR : READER;
    }
}
