package org.newsdesk.cms.article;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.common.Inputs;
import org.newsdesk.cms.common.Viewer;

import io.quarkus.security.identity.SecurityIdentity;

/** Editors' article mutations; each needs the role {@code editor}. */
@GraphQLApi
@RolesAllowed(Viewer.EDITOR_ROLE)
public class ArticleMutations {

    @Inject
    ArticleEditService articles;

    @Inject
    Inputs inputs;

    @Inject
    SecurityIdentity identity;

    @Mutation("createArticle")
    @NonNull
    @Description("Creates an article as a DRAFT.")
    public ArticleView createArticle(@NonNull @Description("The article's content.") ArticleInput input) {
        return ArticleView.of(articles.create(inputs.check("input", input), editor()));
    }

    @Mutation("updateArticle")
    @NonNull
    @Description("Replaces an article's content. Pass the version you read: if someone changed the article since, "
            + "nothing is written and the answer is CONFLICT with the current version.")
    public ArticleView updateArticle(
            @NonNull @Id @Description("The article's id.") String id,
            @NonNull @Description("The article's version as you read it.") Integer expectedVersion,
            @NonNull @Description("The article's new content, all of it.") ArticleInput input) {
        return ArticleView.of(articles.update(id, expectedVersion, inputs.check("input", input), editor()));
    }

    @Mutation("publishArticle")
    @NonNull
    @Description("Publishes the article now, or at `at` when that is in the future (see scheduledAt).")
    public ArticleView publishArticle(
            @NonNull @Id @Description("The article's id.") String id,
            @Description("When to publish; now when left out or in the past.") OffsetDateTime at) {
        return ArticleView.of(articles.publish(id, at == null ? null : at.toInstant(), editor()));
    }

    @Mutation("unpublishArticle")
    @NonNull
    @Description("Takes the article off the live site (back to DRAFT) and cancels any schedule.")
    public ArticleView unpublishArticle(@NonNull @Id @Description("The article's id.") String id) {
        return ArticleView.of(articles.unpublish(id, editor()));
    }

    @Mutation("archiveArticle")
    @NonNull
    @Description("Archives the article: off the live site, kept for editors; cancels any schedule.")
    public ArticleView archiveArticle(@NonNull @Id @Description("The article's id.") String id) {
        return ArticleView.of(articles.archive(id, editor()));
    }

    @Mutation("deleteArticle")
    @Description("Deletes the article and its revisions for good. Links to it elsewhere keep their titles.")
    public boolean deleteArticle(@NonNull @Id @Description("The article's id.") String id) {
        return articles.delete(id);
    }

    @Mutation("restoreRevision")
    @NonNull
    @Description("Brings back the title and body of an earlier revision, as a new revision.")
    public ArticleView restoreRevision(
            @NonNull @Id @Description("The article's id.") String id,
            @Description("The revision's number.") int number) {
        return ArticleView.of(articles.restore(id, number, editor()));
    }

    private String editor() {
        return identity.getPrincipal().getName();
    }
}
