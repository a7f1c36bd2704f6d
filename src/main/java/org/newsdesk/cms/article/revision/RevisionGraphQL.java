package org.newsdesk.cms.article.revision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.article.body.BodyFormat;

import io.quarkus.security.identity.SecurityIdentity;

/** An article's history, for editors: {@code Article.revisions} and each revision's body. */
@GraphQLApi
public class RevisionGraphQL {

    @Inject
    Revisions revisions;

    @Inject
    SecurityIdentity identity;

    @NonNull
    @Description("The article's history, newest first. Editors and admins see every article's; a contributor "
            + "their own articles'; empty for everyone else.")
    public List<@NonNull List<@NonNull RevisionView>> revisions(@Source List<ArticleView> batch) {
        Viewer viewer = Viewer.of(identity);
        List<Long> shown = batch.stream().filter(article -> mayRead(viewer, article)).map(ArticleView::getId).toList();
        if (shown.isEmpty()) {
            return batch.stream().map(article -> List.<RevisionView>of()).toList();
        }
        Map<Long, List<RevisionView>> byArticle = new HashMap<>();
        for (ArticleRevision revision : revisions.ofArticles(shown)) {
            byArticle.computeIfAbsent(revision.articleId, id -> new ArrayList<>()).add(new RevisionView(revision));
        }
        return batch.stream().map(article -> byArticle.getOrDefault(article.getId(), List.of())).toList();
    }

    private static boolean mayRead(Viewer viewer, ArticleView article) {
        return viewer.editor() || (viewer.owner() != null && viewer.owner().equals(article.owner()));
    }

    @NonNull
    @Description("The revision's body in the requested format.")
    public String body(@Source RevisionView revision,
            @DefaultValue("HTML") @Description("HTML, TEXT or MARKDOWN.") BodyFormat format) {
        return format.render(revision.bodyHtml());
    }
}
