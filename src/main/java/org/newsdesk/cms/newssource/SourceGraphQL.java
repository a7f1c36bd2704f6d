package org.newsdesk.cms.newssource;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsdesk.cms.article.ArticleConnection;
import org.newsdesk.cms.article.ArticleRepository.Owner;
import org.newsdesk.cms.article.OwnerArticles;
import org.newsdesk.cms.common.PageSize;
import org.newsdesk.cms.common.Viewer;

import io.quarkus.security.identity.SecurityIdentity;

@GraphQLApi
public class SourceGraphQL {

    @Inject
    NewsSourceService sources;

    @Inject
    OwnerArticles ownerArticles;

    @Inject
    SecurityIdentity identity;

    @Query("source")
    @Description("One source (publication) by slug; null when there is none.")
    public SourceView source(@NonNull @Description("The source's slug, e.g. the-moscow-times.") String slug) {
        return sources.findBySlug(slug).map(SourceView::of).orElse(null);
    }

    @Query("sources")
    @NonNull
    @Description("Every source, by name.")
    public List<@NonNull SourceView> sources() {
        return sources.listByName().stream().map(SourceView::of).toList();
    }

    @Description("Number of the source's articles that the caller may see.")
    public List<@NonNull Integer> articleCount(@Source List<SourceView> batch) {
        return ownerArticles.counts(Owner.SOURCE, ids(batch), Viewer.of(identity));
    }

    @NonNull
    @Description("The source's articles, newest first.")
    public List<@NonNull ArticleConnection> articles(@Source List<SourceView> batch,
            @DefaultValue("20") @Description("Page size, 0 to " + PageSize.MAX + ".") int first,
            @Description("Cursor after which the page starts.") String after) {
        return ownerArticles.pages(Owner.SOURCE, ids(batch), Viewer.of(identity), first, after);
    }

    private static List<Long> ids(List<SourceView> batch) {
        return batch.stream().map(SourceView::id).toList();
    }
}
