package org.newsdesk.cms.article;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.article.body.BodyFormat;
import org.newsdesk.cms.author.AuthorView;
import org.newsdesk.cms.common.ApiException;
import org.newsdesk.cms.common.Ids;
import org.newsdesk.cms.common.PageSize;
import org.newsdesk.cms.section.SectionService;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Context;

@GraphQLApi
public class ArticleGraphQL {

    @Inject
    ArticleService articles;

    @Inject
    SecurityIdentity identity;

    @Inject
    Context context;

    @Inject
    SectionService sections;

    @Inject
    PublishingConfig publishing;

    @Query("article")
    @Description("One article by slug or by id; null when there is none or the caller may not see it.")
    public ArticleView article(
            @Description("The article's slug.") String slug,
            @Id @Description("The article's id.") String id) {
        Viewer viewer = Viewer.of(identity);
        if ((slug == null) == (id == null)) {
            throw ApiException.badRequest("Give exactly one of slug and id");
        }
        if (slug != null) {
            return articles.findBySlug(slug, viewer, Selection.forArticles(context)).orElse(null);
        }
        return Ids.parse(id).flatMap(articleId -> articles.findById(articleId, viewer, Selection.forArticles(context)))
                .orElse(null);
    }

    @Query("articles")
    @Description("Articles, newest first unless ordered otherwise, a page at a time (at most " + PageSize.MAX + ").")
    @NonNull
    public ArticleConnection articles(
            @DefaultValue("20") @Description("Page size, 0 to " + PageSize.MAX + ".") int first,
            @Description("Cursor after which the page starts (pageInfo.endCursor of the previous page).") String after,
            @Description("Which articles to list.") ArticleFilter filter,
            @DefaultValue("PUBLISHED_AT_DESC") @Description("Sort order.") ArticleOrder orderBy) {
        ArticleQuery query = ArticleQuery.filtered(Viewer.of(identity), filter, orderBy, sections::tree);
        return ArticleConnection.of(articles.page(query, after, PageSize.check(first),
                Selection.forConnection(context)), query, articles);
    }

    @Description("Number of articles in the whole list (counted only when asked for).")
    public int totalCount(@Source ArticleConnection connection) {
        return Math.toIntExact(articles.count(connection.query()));
    }

    @NonNull
    @Description("The body in the requested format; HTML is sanitized.")
    public String body(@Source ArticleView article,
            @DefaultValue("HTML") @Description("HTML, TEXT or MARKDOWN.") BodyFormat format) {
        return format.render(articles.bodyOf(article));
    }

    @Name("authors")
    @NonNull
    @Description("Bylined authors in byline order.")
    public List<@NonNull List<@NonNull AuthorView>> authors(@Source List<ArticleView> batch) {
        Map<Long, List<AuthorView>> byArticle = articles.authorsOf(batch);
        return batch.stream().map(article -> byArticle.getOrDefault(article.getId(), List.of())).toList();
    }



    @NonNull
    @Description("schema.org NewsArticle as JSON-LD (a JSON string), ready to embed in a page.")
    public List<@NonNull String> jsonLd(@Source List<ArticleView> batch) {
        Map<Long, List<AuthorView>> byArticle = articles.authorsOf(batch);
        return batch.stream()
                .map(article -> JsonLd.newsArticle(article, byArticle.getOrDefault(article.getId(), List.of()), publishing))
                .toList();
    }

    private static List<Long> ids(List<ArticleView> batch) {
        return batch.stream().map(ArticleView::getId).toList();
    }
}
