package org.newsdesk.cms.article;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.newsdesk.cms.article.ArticleReads.Owner;
import org.newsdesk.cms.author.AuthorView;
import org.newsdesk.cms.common.PageSize;
import org.newsdesk.cms.common.Viewer;
import org.newsdesk.cms.newssource.SourceView;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Context;

/**
 * The {@code articles} and {@code articleCount} fields of authors and sources, for
 * a whole batch of them at once. They live here, beside the articles they list, so
 * that {@code author} and {@code newssource} know nothing of articles.
 */
@GraphQLApi
public class OwnerArticlesGraphQL {

    @Inject
    ArticleService articles;

    @Inject
    SecurityIdentity identity;

    @Inject
    Context context;

    @Name("articleCount")
    @Description("Number of articles bylined to the author that the caller may see.")
    public List<@NonNull Integer> authorArticleCount(@Source List<AuthorView> batch) {
        return counts(Owner.AUTHOR, batch.stream().map(AuthorView::id).toList());
    }

    @Name("articles")
    @NonNull
    @Description("The author's articles, newest first.")
    public List<@NonNull ArticleConnection> authorArticles(@Source List<AuthorView> batch,
            @DefaultValue("20") @Description("Page size, 0 to " + PageSize.MAX + ".") int first,
            @Description("Cursor after which the page starts.") String after) {
        return pages(Owner.AUTHOR, batch.stream().map(AuthorView::id).toList(), first, after);
    }

    @Name("articleCount")
    @Description("Number of the source's articles that the caller may see.")
    public List<@NonNull Integer> sourceArticleCount(@Source List<SourceView> batch) {
        return counts(Owner.SOURCE, batch.stream().map(SourceView::id).toList());
    }

    @Name("articles")
    @NonNull
    @Description("The source's articles, newest first.")
    public List<@NonNull ArticleConnection> sourceArticles(@Source List<SourceView> batch,
            @DefaultValue("20") @Description("Page size, 0 to " + PageSize.MAX + ".") int first,
            @Description("Cursor after which the page starts.") String after) {
        return pages(Owner.SOURCE, batch.stream().map(SourceView::id).toList(), first, after);
    }

    private List<ArticleConnection> pages(Owner owner, List<Long> ownerIds, int first, String after) {
        Viewer viewer = Viewer.of(identity);
        Map<Long, ArticleService.Page> pages = articles.pagesByOwner(owner, ownerIds, viewer, after,
                PageSize.check(first), Selection.forConnection(context));
        return ownerIds.stream().map(id -> {
            ArticleQuery query = owner == Owner.AUTHOR ? ArticleQuery.byAuthor(viewer, id) : ArticleQuery.bySource(viewer, id);
            return ArticleConnection.of(pages.get(id), query, articles);
        }).toList();
    }

    private List<Integer> counts(Owner owner, List<Long> ownerIds) {
        Map<Long, Long> counts = articles.countByOwner(owner, ownerIds, Viewer.of(identity));
        return ownerIds.stream().map(id -> counts.getOrDefault(id, 0L).intValue()).toList();
    }
}
