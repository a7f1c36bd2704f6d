package org.newsdesk.cms.related;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.common.Viewer;

import io.quarkus.security.identity.SecurityIdentity;

/** Related links and backlinks on articles, each loaded for a whole batch of articles at once. */
@GraphQLApi
public class RelatedGraphQL {

    @Inject
    RelatedLinkService links;

    @Inject
    ArticleService articles;

    @Inject
    SecurityIdentity identity;

    @NonNull
    @Description("\"Related article\" links in body order, resolved or not.")
    public List<@NonNull List<@NonNull RelatedLinkView>> related(@Source List<ArticleView> batch) {
        Map<Long, List<RelatedLinkView>> byArticle = new HashMap<>();
        for (RelatedLink link : links.linksOf(ids(batch))) {
            byArticle.computeIfAbsent(link.articleId, id -> new ArrayList<>()).add(new RelatedLinkView(link));
        }
        return batch.stream().map(article -> byArticle.getOrDefault(article.getId(), List.of())).toList();
    }

    @Description("The linked article; null while unresolved, or when the caller may not see it.")
    public List<ArticleView> article(@Source List<RelatedLinkView> batch) {
        Map<Long, Article> targets = articles.visibleById(
                batch.stream().map(RelatedLinkView::targetId).filter(Objects::nonNull).toList(), Viewer.of(identity));
        return batch.stream()
                .map(link -> link.targetId() == null ? null : ArticleView.of(targets.get(link.targetId())))
                .toList();
    }

    @NonNull
    @Description("Articles whose related links resolve to this one.")
    public List<@NonNull List<@NonNull ArticleView>> relatedBy(@Source List<ArticleView> batch) {
        List<RelatedLink> backlinks = links.linksTo(ids(batch));
        Map<Long, Article> linking = articles.visibleById(
                backlinks.stream().map(link -> link.articleId).toList(), Viewer.of(identity));
        Map<Long, List<ArticleView>> byTarget = new HashMap<>();
        for (RelatedLink link : backlinks) {
            Article from = linking.get(link.articleId);
            List<ArticleView> list = byTarget.computeIfAbsent(link.targetId, id -> new ArrayList<>());
            if (from != null && list.stream().noneMatch(view -> view.getId() == from.id)) {
                list.add(ArticleView.of(from));
            }
        }
        return batch.stream().map(article -> byTarget.getOrDefault(article.getId(), List.of())).toList();
    }

    @Mutation("linkArticles")
    @RolesAllowed(Viewer.EDITOR_ROLE)
    @NonNull
    @Description("Adds a related link from one article to another, at the end of its body. Linking twice "
            + "returns the existing link.")
    public RelatedLinkView linkArticles(
            @NonNull @Id @Description("The article that links.") String fromId,
            @NonNull @Id @Description("The article linked to.") String toId) {
        return RelatedLinkView.of(links.link(fromId, toId));
    }

    @Mutation("unlinkArticles")
    @RolesAllowed(Viewer.EDITOR_ROLE)
    @Description("Removes the related links from one article to another; false when there were none.")
    public boolean unlinkArticles(
            @NonNull @Id @Description("The article that links.") String fromId,
            @NonNull @Id @Description("The article linked to.") String toId) {
        return links.unlink(fromId, toId);
    }

    private static List<Long> ids(List<ArticleView> batch) {
        return batch.stream().map(ArticleView::getId).toList();
    }
}
