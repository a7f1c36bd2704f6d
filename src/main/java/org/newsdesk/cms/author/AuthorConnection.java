package org.newsdesk.cms.author;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.common.PageInfo;

@Name("AuthorConnection")
@Description("A page of authors, by name.")
public record AuthorConnection(
        @NonNull @Description("The authors of this page with their cursors.") List<@NonNull AuthorEdge> edges,
        @NonNull @Description("Whether more pages follow, and the cursor to get the next one.") PageInfo pageInfo) {

    @NonNull
    @Description("The authors of this page (the edges' nodes).")
    public List<@NonNull AuthorView> getNodes() {
        return edges.stream().map(AuthorEdge::node).toList();
    }
}
