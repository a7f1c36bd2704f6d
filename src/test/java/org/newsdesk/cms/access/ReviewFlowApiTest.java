package org.newsdesk.cms.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A contributor's draft from start to publication: who sees it on the way, who may
 * change it in each state, and the revisions that record each step with its note.
 */
@QuarkusTest
class ReviewFlowApiTest {

    private static final String ARTICLE = "query($id: ID) { article(id: $id) { id status version"
            + " revisions { number status editor note } } }";

    @Test
    void aDraftGoesToReviewBackToItsContributorAndOut() {
        walkThroughReview(GraphQL.contributor(), GraphQL.freelancer(), GraphQL.editor(), "editor", GraphQL.reader());
    }

    /**
     * The whole flow for these callers: a contributor, a second contributor who must
     * never see the first one's draft, an editor (by user name) and a reader.
     */
    static void walkThroughReview(GraphQL contributor, GraphQL freelancer, GraphQL editor, String editorName,
            GraphQL reader) {
        String title = "Harbour strike " + RolesMatrixApiTest.unique();
        String id = contributor.data("mutation($in: ArticleInput!) { createArticle(input: $in) { id } }",
                Map.of("in", Map.of("title", title, "body", "<p>Dockers walked out at dawn.</p>")))
                .getString("data.createArticle.id");

        // Its contributor sees it, by id and in lists; nobody else who is not an editor does.
        assertThat(article(contributor, id).getString("status")).isEqualTo("DRAFT");
        assertThat(listedTitles(contributor)).contains(title);
        for (GraphQL other : List.of(freelancer, reader, GraphQL.anonymous())) {
            assertThat(article(other, id).getString("id")).isNull();
            assertThat(listedTitles(other)).doesNotContain(title);
        }
        assertThat(GraphQL.errorCode(update(freelancer, id, 0))).isEqualTo("FORBIDDEN");

        JsonPath submitted = contributor.data("mutation($id: ID!) { submitForReview(id: $id) { status } }",
                Map.of("id", id));
        assertThat(submitted.getString("data.submitForReview.status")).isEqualTo("IN_REVIEW");
        // In review the editors have it: its contributor can no longer change it.
        JsonPath locked = update(contributor, id, 1);
        assertThat(GraphQL.errorCode(locked)).isEqualTo("FORBIDDEN");
        assertThat(locked.getString("errors[0].message")).contains("articles:edit");
        assertThat(GraphQL.errorCode(contributor.post("mutation($id: ID!) { publishArticle(id: $id) { id } }",
                Map.of("id", id)))).isEqualTo("FORBIDDEN");

        JsonPath returned = editor.data("mutation($id: ID!) { returnToContributor(id: $id,"
                + " note: \"Name the union's spokesperson\") { status } }", Map.of("id", id));
        assertThat(returned.getString("data.returnToContributor.status")).isEqualTo("DRAFT");
        JsonPath history = article(contributor, id);
        assertThat(history.getList("revisions.status")).containsExactly("DRAFT", "IN_REVIEW", "DRAFT");
        assertThat(history.getString("revisions[0].note")).isEqualTo("Name the union's spokesperson");
        assertThat(history.getString("revisions[0].editor")).isEqualTo(editorName);
        assertThat(article(freelancer, id).getString("id")).isNull();

        assertThat(update(contributor, id, history.getInt("version")).getList("errors")).isNullOrEmpty();
        contributor.data("mutation($id: ID!) { submitForReview(id: $id) { status } }", Map.of("id", id));
        JsonPath again = contributor.post("mutation($id: ID!) { submitForReview(id: $id) { status } }",
                Map.of("id", id));
        assertThat(GraphQL.errorCode(again)).isEqualTo("FORBIDDEN"); // no longer a draft of theirs to hand in

        editor.data("mutation($id: ID!) { publishArticle(id: $id) { status } }", Map.of("id", id));
        assertThat(article(GraphQL.anonymous(), id).getString("status")).isEqualTo("PUBLISHED");
        assertThat(article(freelancer, id).getList("revisions")).isEmpty();
        assertThat(article(contributor, id).getList("revisions.status"))
                .containsExactly("PUBLISHED", "IN_REVIEW", "DRAFT", "DRAFT", "IN_REVIEW", "DRAFT");
    }

    /** What an editor scheduled is what gets published: its contributor can no longer change it. */
    @Test
    void aDraftAnEditorScheduledIsNoLongerItsContributors() {
        GraphQL contributor = GraphQL.contributor();
        String id = contributor.data("mutation($in: ArticleInput!) { createArticle(input: $in) { id } }",
                Map.of("in", Map.of("title", "Ferry timetable " + RolesMatrixApiTest.unique(), "body", "<p>Checked.</p>")))
                .getString("data.createArticle.id");
        String at = java.time.Instant.now().plus(java.time.Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS).toString();
        GraphQL.editor().data("mutation($id: ID!, $at: DateTime) { publishArticle(id: $id, at: $at) { id } }",
                Map.of("id", id, "at", at));
        String scheduledAt = GraphQL.editor().data("query($id: ID) { article(id: $id) { scheduledAt } }",
                Map.of("id", id)).getString("data.article.scheduledAt");
        assertThat(scheduledAt).isNotNull();

        JsonPath changed = update(contributor, id, article(contributor, id).getInt("version"));
        assertThat(GraphQL.errorCode(changed)).isEqualTo("FORBIDDEN");
        assertThat(changed.getString("errors[0].message")).contains("scheduled", "articles:edit");
        JsonPath submitted = contributor.post("mutation($id: ID!) { submitForReview(id: $id) { status } }",
                Map.of("id", id));
        assertThat(GraphQL.errorCode(submitted)).isEqualTo("FORBIDDEN");
        assertThat(GraphQL.editor().data("query($id: ID) { article(id: $id) { scheduledAt } }", Map.of("id", id))
                .getString("data.article.scheduledAt")).as("the schedule stands").isEqualTo(scheduledAt);
    }

    @Test
    void onlyAnArticleInReviewCanBeReturnedAndOnlyWithANote() {
        String id = RolesMatrixApiTest.draft(GraphQL.contributor());
        JsonPath notInReview = GraphQL.editor().post("mutation($id: ID!) { returnToContributor(id: $id, note: \"x\")"
                + " { status } }", Map.of("id", id));
        assertThat(GraphQL.errorCode(notInReview)).isEqualTo("CONFLICT");
        GraphQL.contributor().data("mutation($id: ID!) { submitForReview(id: $id) { status } }", Map.of("id", id));
        JsonPath blank = GraphQL.editor().post("mutation($id: ID!) { returnToContributor(id: $id, note: \"  \")"
                + " { status } }", Map.of("id", id));
        assertThat(GraphQL.errorCode(blank)).isEqualTo("VALIDATION");
        assertThat(article(GraphQL.editor(), id).getString("status")).isEqualTo("IN_REVIEW");
    }

    private static JsonPath article(GraphQL caller, String id) {
        return caller.data(ARTICLE, Map.of("id", id)).setRootPath("data.article");
    }

    private static List<String> listedTitles(GraphQL caller) {
        return caller.data("{ articles(first: 100, orderBy: UPDATED_AT_DESC) { nodes { title } } }")
                .getList("data.articles.nodes.title", String.class);
    }

    private static JsonPath update(GraphQL caller, String id, int version) {
        return caller.post("mutation($id: ID!, $v: Int!, $in: ArticleInput!) { updateArticle(id: $id,"
                + " expectedVersion: $v, input: $in) { version } }", Map.of("id", id, "v", version, "in",
                        Map.of("title", "Harbour strike, updated " + RolesMatrixApiTest.unique(), "body", "<p>More.</p>")));
    }
}
