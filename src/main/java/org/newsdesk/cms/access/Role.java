package org.newsdesk.cms.access;

import java.util.Locale;
import java.util.Optional;

/**
 * The newsroom's roles, as accounts and identity providers name them (lower case):
 * {@code contributor} drafts, {@code editor} runs the content, {@code admin} runs the
 * system. What each may do is in {@link Permission}.
 */
public enum Role {
    CONTRIBUTOR,
    EDITOR,
    ADMIN;

    /** The name accounts and tokens carry. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> named(String name) {
        for (Role role : values()) {
            if (role.roleName().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
