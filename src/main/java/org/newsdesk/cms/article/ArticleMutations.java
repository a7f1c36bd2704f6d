package org.newsdesk.cms.article;

import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.access.Access;
import org.newsdesk.cms.access.Access.Caller;
import org.newsdesk.cms.access.Permission;
import org.newsdesk.cms.audit.Audited;
import org.newsdesk.cms.common.Inputs;

/**
 * Article mutations. Contributors create articles and change and submit their own
 * drafts; editors do everything else (see {@link Permission}). The caller's permission
 * is checked first, the article's owner and status once it is loaded: a refusal
 * writes nothing.
 */
@GraphQLApi
public class ArticleMutations {

    private static final String NOTE_LIMIT = "at most " + ArticleEditService.MAX_NOTE_LENGTH + " characters";

    @Inject
    ArticleEditService articles;

    @Inject
    Inputs inputs;

    @Inject
    Access access;

    @Mutation("createArticle")
    @Audited(target = "article")
    @NonNull
    @Description("Creates an article as a DRAFT, owned by the caller. Contributors, editors, admins.")
    public ArticleView createArticle(@NonNull @Description("The article's content.") ArticleInput input) {
        Caller caller = access.require(Permission.WRITE_OWN_DRAFTS);
        return ArticleView.of(articles.create(inputs.check("input", input), caller.user()));
    }

    @Mutation("updateArticle")
    @Audited(target = "article")
    @NonNull
    @Description("Replaces an article's content. Pass the version you read: if someone changed the article since, "
            + "nothing is written and the answer is CONFLICT with the current version. Contributors: their own "
            + "drafts only.")
    public ArticleView updateArticle(
            @NonNull @Id @Description("The article's id.") String id,
            @NonNull @Description("The article's version as you read it.") Integer expectedVersion,
            @NonNull @Description("The article's new content, all of it.") ArticleInput input) {
        Caller caller = access.require(Permission.WRITE_OWN_DRAFTS);
        return ArticleView.of(articles.update(id, expectedVersion, inputs.check("input", input), caller));
    }

    @Mutation("submitForReview")
    @Audited(target = "article")
    @NonNull
    @Description("Hands a DRAFT to the editors: its status becomes IN_REVIEW, and a contributor cannot change it "
            + "until an editor publishes it or returns it. Contributors (their own drafts), editors, admins.")
    public ArticleView submitForReview(@NonNull @Id @Description("The article's id.") String id) {
        Caller caller = access.require(Permission.WRITE_OWN_DRAFTS);
        return ArticleView.of(articles.submitForReview(id, caller));
    }

    @Mutation("returnToContributor")
    @Audited(target = "article")
    @NonNull
    @Description("Sends an article IN_REVIEW back to DRAFT, with a note for its author that its revision keeps. "
            + "Editors, admins.")
    public ArticleView returnToContributor(
            @NonNull @Id @Description("The article's id.") String id,
            @NonNull @Description("What to change, for the contributor (" + NOTE_LIMIT + ").") String note) {
        Caller caller = access.require(Permission.EDIT_ARTICLES);
        return ArticleView.of(articles.returnToContributor(id, note, caller.user()));
    }

    @Mutation("publishArticle")
    @Audited(target = "article")
    @NonNull
    @Description("Publishes the article now, or at `at` when that is in the future (see scheduledAt). Editors, admins.")
    public ArticleView publishArticle(
            @NonNull @Id @Description("The article's id.") String id,
            @Description("When to publish; now when left out or in the past.") OffsetDateTime at) {
        Caller caller = access.require(Permission.PUBLISH_ARTICLES);
        return ArticleView.of(articles.publish(id, at == null ? null : at.toInstant(), caller.user()));
    }

    @Mutation("unpublishArticle")
    @Audited(target = "article")
    @NonNull
    @Description("Takes the article off the live site (back to DRAFT) and cancels any schedule. Editors, admins.")
    public ArticleView unpublishArticle(@NonNull @Id @Description("The article's id.") String id) {
        Caller caller = access.require(Permission.PUBLISH_ARTICLES);
        return ArticleView.of(articles.unpublish(id, caller.user()));
    }

    @Mutation("archiveArticle")
    @Audited(target = "article")
    @NonNull
    @Description("Archives the article: off the live site, kept for editors; cancels any schedule. Editors, admins.")
    public ArticleView archiveArticle(@NonNull @Id @Description("The article's id.") String id) {
        Caller caller = access.require(Permission.PUBLISH_ARTICLES);
        return ArticleView.of(articles.archive(id, caller.user()));
    }

    @Mutation("deleteArticle")
    @Audited(target = "article")
    @Description("Deletes the article and its revisions for good. Links to it elsewhere keep their titles. "
            + "Editors, admins.")
    public boolean deleteArticle(@NonNull @Id @Description("The article's id.") String id) {
        access.require(Permission.DELETE_ARTICLES);
        return articles.delete(id);
    }

    @Mutation("restoreRevision")
    @Audited(target = "article")
    @NonNull
    @Description("Brings back the title and body of an earlier revision, as a new revision. Contributors: their "
            + "own drafts only.")
    public ArticleView restoreRevision(
            @NonNull @Id @Description("The article's id.") String id,
            @Description("The revision's number.") int number) {
        Caller caller = access.require(Permission.WRITE_OWN_DRAFTS);
        return ArticleView.of(articles.restore(id, number, caller));
    }
}
