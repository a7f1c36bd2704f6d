package org.newsdesk.cms.audit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.common.PageInfo;

@Name("AuditConnection")
@Description("A page of audit records, newest first, with the cursor to page on.")
public record AuditConnection(
        @NonNull @Description("The records of this page.") List<@NonNull AuditEntryView> nodes,
        @NonNull @Description("Whether more pages follow, and the cursor to get the next one.") PageInfo pageInfo) {
}
