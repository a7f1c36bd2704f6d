package org.newsdesk.cms.access;

import static org.newsdesk.cms.access.Role.ADMIN;
import static org.newsdesk.cms.access.Role.CONTRIBUTOR;
import static org.newsdesk.cms.access.Role.EDITOR;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a role may do: the one table every mutation and editor-only field is checked
 * against (the README's roles table shows the same). A refusal names the permission
 * that was missing.
 */
public enum Permission {
    /** Create articles; edit, tag, link and submit one's own drafts; see them. */
    WRITE_OWN_DRAFTS("drafts:write-own", CONTRIBUTOR, EDITOR, ADMIN),
    /** Edit any article, its section, tags and links; restore revisions; return drafts to contributors. */
    EDIT_ARTICLES("articles:edit", EDITOR, ADMIN),
    /** Publish, schedule, unpublish and archive. */
    PUBLISH_ARTICLES("articles:publish", EDITOR, ADMIN),
    DELETE_ARTICLES("articles:delete", EDITOR, ADMIN),
    /** See every article whatever its status, with its revisions and schedule. */
    READ_ALL_ARTICLES("articles:read-all", EDITOR, ADMIN),
    EDIT_AUTHORS_AND_SOURCES("authors-sources:edit", EDITOR, ADMIN),
    EDIT_SECTIONS_AND_TAGS("sections-tags:edit", EDITOR, ADMIN),
    /** Run imports and read their reports. */
    IMPORT("import:run", EDITOR, ADMIN),
    /** See webhook deliveries and send one again. */
    MANAGE_DELIVERIES("deliveries:manage", EDITOR, ADMIN),
    /** Read the audit trail of every user. */
    READ_AUDIT_TRAIL("audit:read", ADMIN);

    /** The name refusals and the README use. */
    public final String permissionName;
    private final Set<Role> roles;

    Permission(String permissionName, Role first, Role... more) {
        this.permissionName = permissionName;
        this.roles = EnumSet.of(first, more);
    }

    public boolean grantedTo(Role role) {
        return roles.contains(role);
    }

    /** The roles that have it, as a refusal names them: "editor, admin". */
    public String roleNames() {
        return roles.stream().map(Role::roleName).collect(Collectors.joining(", "));
    }
}
