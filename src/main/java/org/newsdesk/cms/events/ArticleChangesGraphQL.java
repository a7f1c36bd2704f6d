package org.newsdesk.cms.events;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.newsdesk.cms.access.Viewer;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/**
 * Live article changes over WebSocket ({@code graphql-transport-ws} or
 * {@code graphql-ws} on /graphql), fed by the same committed change events as webhooks:
 * editors' dashboards see every change; a subscriber who may not read drafts sees only
 * changes that leave an article published.
 */
@GraphQLApi
public class ArticleChangesGraphQL {

    @Inject
    LiveChanges live;

    @Inject
    SecurityIdentity identity;

    @Subscription("articleChanged")
    @Description("Committed changes to articles, as they happen. Readers see changes to published articles only,"
            + " without who made them.")
    public Multi<ArticleChangeView> articleChanged(@Description("Which changes.") ArticleChangeFilter filter) {
        boolean everything = Viewer.of(identity).editor();
        Multi<ArticleChangeView> changes = live.stream()
                .filter(change -> (everything || "PUBLISHED".equals(change.status()))
                        && (filter == null || filter.articleId == null
                                || filter.articleId.equals(String.valueOf(change.articleId())))
                        && (filter == null || filter.status == null || filter.status.equals(change.status())));
        // Who changed an article is a staff login, shown to editors only (as revisions are).
        return everything ? changes : changes.map(ArticleChangeView::withoutEditor);
    }
}
