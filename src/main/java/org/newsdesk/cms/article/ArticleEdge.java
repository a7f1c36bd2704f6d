package org.newsdesk.cms.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ArticleEdge")
@Description("An article in a list, with the cursor that points just after it.")
public record ArticleEdge(
        @NonNull @Description("Pass as `after` to continue the list after this article.") String cursor,
        @NonNull @Description("The article.") ArticleView node) {
}
