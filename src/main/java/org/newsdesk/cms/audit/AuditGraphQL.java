package org.newsdesk.cms.audit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.newsdesk.cms.access.Access;
import org.newsdesk.cms.access.Permission;
import org.newsdesk.cms.common.PageSize;

@GraphQLApi
public class AuditGraphQL {

    @Inject
    Access access;

    @Inject
    AuditLog log;

    @Query("auditLog")
    @NonNull
    @Description("The audit trail: every mutation and import run, newest first. Admins only.")
    public AuditConnection auditLog(
            @DefaultValue("20") @Description("Page size, 0 to " + PageSize.MAX + ".") int first,
            @Description("Cursor after which the page starts (pageInfo.endCursor of the previous page).") String after,
            @Description("Which records to list.") AuditFilter filter) {
        access.require(Permission.READ_AUDIT_TRAIL);
        return log.page(filter, after, PageSize.check(first));
    }
}
