package org.newsdesk.cms.tag;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.common.PageInfo;

@Name("TagConnection")
@Description("A page of tags, by name.")
public record TagConnection(
        @NonNull @Description("The tags of this page with their cursors.") List<@NonNull TagEdge> edges,
        @NonNull @Description("Whether more pages follow, and the cursor to get the next one.") PageInfo pageInfo) {

    @NonNull
    @Description("The tags of this page (the edges' nodes).")
    public List<@NonNull TagView> getNodes() {
        return edges.stream().map(TagEdge::node).toList();
    }
}
