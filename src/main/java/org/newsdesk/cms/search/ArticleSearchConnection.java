package org.newsdesk.cms.search;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.common.PageInfo;

@Name("ArticleSearchConnection")
@Description("A page of search results, best match first, with cursors to page on.")
public record ArticleSearchConnection(
        @NonNull @Description("The results of this page.") List<@NonNull ArticleSearchEdge> edges,
        @NonNull @Description("Whether more results follow, and the cursor to get them.") PageInfo pageInfo,
        @Description("Number of matching articles the caller may see, on all pages.") int totalCount) {
}
