package org.newsdesk.cms.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.article.ArticleView;

@Name("ArticleSearchEdge")
@Description("A search result: the article, how well it matches, and where.")
public record ArticleSearchEdge(
        @NonNull @Description("Pass as `after` to continue the results after this one.") String cursor,
        @NonNull @Description("The article.") ArticleView node,
        @Description("Relevance; higher is better. Comparable only within one search.") double score,
        @NonNull @Description("Plain text from the body around the matches, HTML-escaped, with each match in "
                + "<mark>…</mark>: safe to insert into a page as it is. The body's opening when only the title matched.")
        String snippet) {
}
