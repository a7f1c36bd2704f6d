package org.newsdesk.cms.related;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.newsdesk.cms.access.Access;
import org.newsdesk.cms.access.Permission;
import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.article.ArticleReads;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.article.Selection;
import org.newsdesk.cms.audit.Audited;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Context;

/** Related links and backlinks on articles, each loaded for a whole batch of articles at once. */
@GraphQLApi
public class RelatedGraphQL {

    @Inject
    Access access;

    @Inject
    RelatedLinkService links;

    @Inject
    RelatedLinkReads reads;

    @Inject
    ArticleService articles;

    @Inject
    SecurityIdentity identity;

    @Inject
    Context context;

    @NonNull
    @Description("\"Related article\" links in body order, resolved or not.")
    public List<@NonNull List<@NonNull RelatedLinkView>> related(@Source List<ArticleView> batch) {
        // The linked articles in the same statement when the query shows them, with nothing under them.
        ArticleReads.Fetch targetFetch = Selection.forArticles(context, "article");
        boolean withTargets = Selection.contains(context, "article") && !targetFetch.body() && !targetFetch.authors();
        Map<Long, List<RelatedLinkView>> byArticle = reads.viewsOf(ids(batch), withTargets, targetFetch.details(),
                !Viewer.of(identity).editor());
        return batch.stream().map(article -> byArticle.getOrDefault(article.getId(), List.of())).toList();
    }

    @Description("The linked article; null while unresolved, or when the caller may not see it.")
    public List<ArticleView> article(@Source List<RelatedLinkView> batch) {
        if (batch.stream().allMatch(RelatedLinkView::targetRead)) {
            return batch.stream().map(RelatedLinkView::target).toList();
        }
        Map<Long, ArticleView> targets = articles.visibleById(
                batch.stream().map(RelatedLinkView::targetId).filter(Objects::nonNull).distinct().toList(),
                Viewer.of(identity), Selection.forArticles(context));
        return batch.stream().map(link -> link.targetId() == null ? null : targets.get(link.targetId())).toList();
    }

    @NonNull
    @Description("Articles whose related links resolve to this one.")
    public List<@NonNull List<@NonNull ArticleView>> relatedBy(@Source List<ArticleView> batch) {
        Map<Long, List<Long>> linkingByTarget = reads.linkingArticles(ids(batch));
        Map<Long, ArticleView> linking = articles.visibleById(
                linkingByTarget.values().stream().flatMap(List::stream).distinct().toList(), Viewer.of(identity), Selection.forArticles(context));
        return batch.stream().map(article -> linkingByTarget.getOrDefault(article.getId(), List.of()).stream()
                .map(linking::get).filter(Objects::nonNull).toList()).toList();
    }

    @Mutation("linkArticles")
    @Audited(target = "article")
    @NonNull
    @Description("Adds a related link from one article to another, at the end of its body. Linking twice "
            + "returns the existing link.")
    public RelatedLinkView linkArticles(
            @NonNull @Id @Description("The article that links.") String fromId,
            @NonNull @Id @Description("The article linked to.") String toId) {
        return RelatedLinkView.of(links.link(fromId, toId, access.require(Permission.WRITE_OWN_DRAFTS)));
    }

    @Mutation("unlinkArticles")
    @Audited(target = "article")
    @Description("Removes the related links from one article to another; false when there were none.")
    public boolean unlinkArticles(
            @NonNull @Id @Description("The article that links.") String fromId,
            @NonNull @Id @Description("The article linked to.") String toId) {
        return links.unlink(fromId, toId, access.require(Permission.WRITE_OWN_DRAFTS));
    }

    private static List<Long> ids(List<ArticleView> batch) {
        return batch.stream().map(ArticleView::getId).toList();
    }
}
