package org.newsdesk.cms.events;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ArticleChange")
@Description("A committed change to an article, as editors' dashboards are told of it live.")
public record ArticleChangeView(
        @Id @NonNull @Description("The change event's id (the same as webhooks receive).") long eventId,
        @NonNull @Description("What happened: the mutation (publishArticle, …) or scheduledPublication.") String type,
        @Id @NonNull @Description("The article's id.") long articleId,
        @Description("Its slug after the change; null when it was deleted.") String slug,
        @Description("Its status after the change; null when it was deleted.") String status,
        @Description("Its version after the change.") Integer version,
        @Description("Who made the change; null for subscribers who are not editors.") String editor,
        @NonNull @Description("When (UTC).") OffsetDateTime occurredAt) {

    /** The same change without who made it, for a subscriber who may not see staff logins. */
    ArticleChangeView withoutEditor() {
        return new ArticleChangeView(eventId, type, articleId, slug, status, version, null, occurredAt);
    }
}
