package org.newsdesk.cms.audit;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

@Name("AuditFilter")
@Description("Which audit records to list; every condition given must hold.")
public class AuditFilter {

    @Description("Only this user's records.")
    public String user;

    @Id
    @Description("Only records about this article.")
    public String articleId;

    @Description("Only records at or after this time.")
    public OffsetDateTime from;

    @Description("Only records before this time.")
    public OffsetDateTime to;
}
