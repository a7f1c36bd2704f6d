package org.newsdesk.cms.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("PageInfo")
@Description("Where a page stands in its list.")
public record PageInfo(
        @Description("True when another page follows: pass endCursor as `after` to get it.") boolean hasNextPage,
        @Description("Cursor of the page's last item; null on an empty page.") String endCursor) {
}
