package org.newsdesk.cms.access;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.newsdesk.cms.common.ApiException;
import org.newsdesk.cms.common.ErrorCode;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The caller's permissions, checked at the API edge before anything is read for a
 * change or written: {@link #require} refuses with {@code UNAUTHORIZED} when nobody
 * signed in and {@code FORBIDDEN} naming the missing permission otherwise.
 */
@ApplicationScoped
public class Access {

    private final SecurityIdentity identity;

    Access(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller, who must have {@code permission}. */
    public Caller require(Permission permission) {
        if (identity.isAnonymous()) {
            throw new ApiException(ErrorCode.UNAUTHORIZED, "Sign in to do this (it needs the permission "
                    + permission.permissionName + " of the roles " + permission.roleNames() + ")");
        }
        Caller caller = caller();
        if (!caller.may(permission)) {
            throw forbidden(permission, caller);
        }
        return caller;
    }

    /** The signed-in caller; UNAUTHORIZED for anonymous requests. */
    public Caller caller() {
        if (identity.isAnonymous()) {
            throw new ApiException(ErrorCode.UNAUTHORIZED, "Sign in to do this");
        }
        return new Caller(identity.getPrincipal().getName(), rolesOf(identity));
    }

    /** The caller when signed in. */
    public java.util.Optional<Caller> signedIn() {
        return identity.isAnonymous() ? java.util.Optional.empty()
                : java.util.Optional.of(new Caller(identity.getPrincipal().getName(), rolesOf(identity)));
    }

    public boolean has(Permission permission) {
        return has(identity, permission);
    }

    static boolean has(SecurityIdentity identity, Permission permission) {
        return !identity.isAnonymous() && rolesOf(identity).stream().anyMatch(permission::grantedTo);
    }

    static Set<Role> rolesOf(SecurityIdentity identity) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (identity.hasRole(role.roleName())) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** FORBIDDEN, naming what was missing and who has it. */
    public static ApiException forbidden(Permission permission, Caller caller) {
        return forbidden("This", permission, caller);
    }

    /** FORBIDDEN for {@code what} ("Changing article 12"), naming what was missing and who has it. */
    public static ApiException forbidden(String what, Permission permission, Caller caller) {
        return new ApiException(ErrorCode.FORBIDDEN, what + " needs the permission " + permission.permissionName
                + " (roles " + permission.roleNames() + "); " + caller.describeRoles())
                .with("permission", permission.permissionName);
    }

    /** A signed-in caller: the account's name and the newsroom roles it has. */
    public record Caller(String user, Set<Role> roles) {

        public boolean may(Permission permission) {
            return roles.stream().anyMatch(permission::grantedTo);
        }

        /** The most powerful role, as the audit trail records it; "none" without one. */
        public String role() {
            return roles.stream().reduce((first, second) -> second).map(Role::roleName).orElse("none");
        }

        String describeRoles() {
            return roles.isEmpty() ? "your account has no newsroom role"
                    : "your account has the roles " + roles.stream().map(Role::roleName).collect(Collectors.joining(", "));
        }
    }
}
