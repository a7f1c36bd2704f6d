package org.newsdesk.cms.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.markdown;
import static org.newsdesk.cms.support.Documents.unique;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.cms.support.Articles;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.Imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Creating and changing articles through /graphql: drafts, validation, slugs, versions, revisions, deletion. */
@QuarkusTest
class ArticleEditApiTest {

    private static int articleCount() {
        return GraphQL.editor().data("{ articles { totalCount } }").getInt("data.articles.totalCount");
    }

    @Test
    void newArticleIsADraftWithAGeneratedSlugAndAFirstRevision() {
        String title = "Harbour Expansion Approved " + unique();
        JsonPath created = Articles.create(title);

        assertThat(created.getString("status")).isEqualTo("DRAFT");
        assertThat(created.getString("slug")).isEqualTo(title.toLowerCase().replace(' ', '-'));
        assertThat(created.getString("publishedAt")).isNull();
        JsonPath stored = Articles.get(created.getString("id"));
        assertThat(stored.getList("revisions.number")).containsExactly(1);
        assertThat(stored.getString("revisions[0].editor")).isEqualTo("editor");
        assertThat(stored.getString("revisions[0].status")).isEqualTo("DRAFT");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "title         |    ",
            "slug          | Not A Slug",
            "canonicalUrl  | ftp://example.org/x",
            "image.url     | javascript:alert(1)",
    })
    void invalidInputAnswersValidationNamingTheFieldAndWritesNothing(String field, String value) {
        int before = articleCount();
        Map<String, Object> input = Articles.input("Valid Title " + unique(), "<p>Body.</p>");
        if (field.startsWith("image.")) {
            input.put("image", Map.of("url", value));
        } else {
            input.put(field, value == null ? "   " : value);
        }

        JsonPath response = Articles.tryCreate(input);

        assertThat(GraphQL.errorCode(response)).isEqualTo("VALIDATION");
        assertThat(response.getString("errors[0].extensions.field")).isEqualTo("input." + field);
        assertThat(response.getString("errors[0].message")).contains("input." + field);
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void tooLongTitleAndOversizedBodyAreRefused() {
        Map<String, Object> input = Articles.input("x".repeat(501), "y".repeat(ArticleInput.MAX_BODY_LENGTH + 1));
        JsonPath response = Articles.tryCreate(input);
        assertThat(GraphQL.errorCode(response)).isEqualTo("VALIDATION");
        assertThat(response.getList("errors[0].extensions.violations.field")).containsExactly("input.body", "input.title");
    }

    @Test
    void bodyThatGrowsPastTheStoreLimitWhenEscapedIsRefused() {
        Map<String, Object> input = Articles.input("Angle Brackets " + unique(), "<".repeat(400_000));
        input.put("bodyFormat", "TEXT"); // each '<' becomes '&lt;'
        JsonPath response = Articles.tryCreate(input);
        assertThat(GraphQL.errorCode(response)).isEqualTo("VALIDATION");
        assertThat(response.getString("errors[0].extensions.field")).isEqualTo("input.body");
    }

    @Test
    void unknownAuthorOrSourceIsAValidationError() {
        Map<String, Object> input = Articles.input("Unknown Author " + unique(), "<p>Body.</p>");
        input.put("authorIds", List.of("999999999"));
        JsonPath response = Articles.tryCreate(input);
        assertThat(response.getString("errors[0].extensions.field")).isEqualTo("input.authorIds[0]");
    }

    @Test
    void bodyFromEditorsPassesTheSameSafelistAsImports() {
        Map<String, Object> input = Articles.input("Sanitized " + unique(),
                "<p onclick=\"steal()\">Hello <script>alert(1)</script><a href=\"javascript:x()\">link</a> <em>world</em></p>"
                        + "<iframe src=\"https://evil.example\"></iframe>");
        String body = Articles.create(input).getString("body");
        assertThat(body).isEqualTo("<p>Hello link <em>world</em></p>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MARKDOWN | First *para*.\\n\\nSecond with [a link](https://example.org). | <p>First <em>para</em>.</p>\\n<p>Second with <a href=\"https://example.org\">a link</a>.</p>",
            "TEXT     | One <b>not bold</b>.\\n\\nTwo.                              | <p>One &lt;b&gt;not bold&lt;/b&gt;.</p>\\n<p>Two.</p>",
    })
    void markdownAndTextBodiesBecomeSafeHtml(String format, String body, String expected) {
        Map<String, Object> input = Articles.input("Formats " + unique(), body.replace("\\n", "\n"));
        input.put("bodyFormat", format);
        assertThat(Articles.create(input).getString("body")).isEqualTo(expected.replace("\\n", "\n"));
    }

    @Test
    void updateWithTheCurrentVersionWinsAndLeavesARevision() {
        JsonPath created = Articles.create("Budget Talks " + unique());
        String id = created.getString("id");

        JsonPath updated = Articles.update(id, created.getInt("version"), Articles.input("Budget Talks Resume", "<p>New.</p>"));

        assertThat(updated.getList("errors")).isNull();
        assertThat(updated.getInt("data.updateArticle.version")).isEqualTo(created.getInt("version") + 1);
        assertThat(Articles.get(id).getList("revisions.number")).containsExactly(2, 1);
        assertThat(Articles.get(id).getList("revisions.title")).containsExactly("Budget Talks Resume", created.getString("title"));
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() {
        JsonPath created = Articles.create("Rail Strike " + unique());
        String id = created.getString("id");
        int read = created.getInt("version");
        Articles.update(id, read, Articles.input("Rail Strike Ends", "<p>First editor.</p>"));

        JsonPath late = Articles.update(id, read, Articles.input("Rail Strike Continues", "<p>Second editor.</p>"));

        assertThat(GraphQL.errorCode(late)).isEqualTo("CONFLICT");
        assertThat(late.getInt("errors[0].extensions.currentVersion")).isEqualTo(read + 1);
        JsonPath stored = Articles.get(id);
        assertThat(stored.getString("title")).isEqualTo("Rail Strike Ends");
        assertThat(stored.getList("revisions")).hasSize(2);
    }

    @Test
    void sameContentAgainIsNoChange() {
        Map<String, Object> input = Articles.input("Unchanged " + unique(), "<p>Same.</p>");
        JsonPath created = Articles.create(input);
        JsonPath again = Articles.update(created.getString("id"), created.getInt("version"), input);
        assertThat(again.getInt("data.updateArticle.version")).isEqualTo(created.getInt("version"));
        assertThat(Articles.get(created.getString("id")).getList("revisions")).hasSize(1);
    }

    @Test
    void slugsAreUniqueReadableAndStableOncePublished() {
        String title = "Storm Warning " + unique();
        String first = Articles.create(title).getString("slug");
        String second = Articles.create(title).getString("slug");
        assertThat(second).isEqualTo(first + "-2");

        String cyrillic = Articles.create("Шторм на Балтике " + unique()).getString("slug");
        assertThat(cyrillic).startsWith("шторм-на-балтике-");

        JsonPath draft = Articles.create("Draft Title " + unique());
        JsonPath renamed = Articles.update(draft.getString("id"), draft.getInt("version"),
                Articles.input("Better Draft Title " + unique(), "<p>x</p>")).setRootPath("data.updateArticle");
        assertThat(renamed.getString("slug")).startsWith("better-draft-title-");

        JsonPath published = Articles.publish(renamed.getString("id"));
        JsonPath retitled = Articles.update(published.getString("id"), published.getInt("version"),
                Articles.input("A Completely New Headline " + unique(), "<p>x</p>")).setRootPath("data.updateArticle");
        assertThat(retitled.getString("slug")).isEqualTo(published.getString("slug"));
    }

    @Test
    void takenSlugIsAValidationError() {
        String slug = Articles.create("Original " + unique()).getString("slug");
        Map<String, Object> input = Articles.input("Copy " + unique(), "<p>x</p>");
        input.put("slug", slug);
        JsonPath response = Articles.tryCreate(input);
        assertThat(GraphQL.errorCode(response)).isEqualTo("VALIDATION");
        assertThat(response.getString("errors[0].extensions.field")).isEqualTo("input.slug");
    }

    @Test
    void restoringARevisionBringsBackItsContentAsANewRevision() {
        JsonPath created = Articles.create(Articles.input("Restore Me " + unique(), "<p>Original text.</p>"));
        String id = created.getString("id");
        Articles.update(id, created.getInt("version"), Articles.input("Vandalised", "<p>Wrong text.</p>"));

        JsonPath restored = GraphQL.editor().data("mutation($id: ID!) { restoreRevision(id: $id, number: 1) { title body } }",
                Map.of("id", id)).setRootPath("data.restoreRevision");

        assertThat(restored.getString("title")).isEqualTo(created.getString("title"));
        assertThat(restored.getString("body")).isEqualTo("<p>Original text.</p>");
        assertThat(Articles.get(id).getList("revisions.number")).containsExactly(3, 2, 1);
        JsonPath missing = GraphQL.editor().post("mutation($id: ID!) { restoreRevision(id: $id, number: 99) { id } }",
                Map.of("id", id));
        assertThat(GraphQL.errorCode(missing)).isEqualTo("NOT_FOUND");
    }

    @Test
    void deletedArticleIsGoneAndLinksToItKeepTheirTitle() {
        JsonPath target = Articles.publish(Articles.create("To Be Deleted " + unique()).getString("id"));
        JsonPath from = Articles.publish(Articles.create("Linking Story " + unique()).getString("id"));
        GraphQL.editor().data("mutation($f: ID!, $t: ID!) { linkArticles(fromId: $f, toId: $t) { title } }",
                Map.of("f", from.getString("id"), "t", target.getString("id")));

        JsonPath deleted = GraphQL.editor().data("mutation($id: ID!) { deleteArticle(id: $id) }", Map.of("id", target.getString("id")));

        assertThat(deleted.getBoolean("data.deleteArticle")).isTrue();
        assertThat(GraphQL.editor().data("query($id: ID) { article(id: $id) { id } }", Map.of("id", target.getString("id")))
                .getString("data.article")).isNull();
        JsonPath link = GraphQL.editor().data("query($id: ID) { article(id: $id) { related { title article { id } } } }",
                Map.of("id", from.getString("id"))).setRootPath("data.article.related[0]");
        assertThat(link.getString("title")).isEqualTo(target.getString("title"));
        assertThat(link.getString("article")).isNull();
        JsonPath again = GraphQL.editor().post("mutation($id: ID!) { deleteArticle(id: $id) }", Map.of("id", target.getString("id")));
        assertThat(GraphQL.errorCode(again)).isEqualTo("NOT_FOUND");
    }

    @Test
    void linkAndUnlink() {
        String from = Articles.create("Link From " + unique()).getString("id");
        JsonPath to = Articles.create("Link To " + unique());
        String query = "mutation($f: ID!, $t: ID!) { linkArticles(fromId: $f, toId: $t) { title url article { id } } }";
        JsonPath link = GraphQL.editor().data(query, Map.of("f", from, "t", to.getString("id"))).setRootPath("data.linkArticles");
        assertThat(link.getString("title")).isEqualTo(to.getString("title"));
        assertThat(link.getString("article.id")).isEqualTo(to.getString("id"));
        GraphQL.editor().data(query, Map.of("f", from, "t", to.getString("id"))); // twice: still one link
        assertThat(GraphQL.editor().data("query($id: ID) { article(id: $id) { related { title } } }", Map.of("id", from))
                .getList("data.article.related")).hasSize(1);

        String unlink = "mutation($f: ID!, $t: ID!) { unlinkArticles(fromId: $f, toId: $t) }";
        assertThat(GraphQL.editor().data(unlink, Map.of("f", from, "t", to.getString("id"))).getBoolean("data.unlinkArticles")).isTrue();
        assertThat(GraphQL.editor().data(unlink, Map.of("f", from, "t", to.getString("id"))).getBoolean("data.unlinkArticles")).isFalse();
        assertThat(GraphQL.errorCode(GraphQL.editor().post(query, Map.of("f", from, "t", from)))).isEqualTo("VALIDATION");
    }

    @Test
    void unknownIdsAreNotFound() {
        for (String mutation : List.of("publishArticle(id: \"999999999\") { id }", "archiveArticle(id: \"abc\") { id }",
                "unpublishArticle(id: \"999999999\") { id }")) {
            assertThat(GraphQL.errorCode(GraphQL.editor().post("mutation { " + mutation + " }"))).as(mutation).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void linksWaitingForATitleFindTheArticleAnEditorCreatesOrRetitles() {
        String created = "Tram Line Opens " + unique();
        String retitled = "Tram Fares Frozen " + unique();
        JsonPath linking = Imports.importDocument("waiting.md", markdown("Commuters React " + unique())
                .paragraph("Queues formed early.").related(created).related(retitled).build());
        String linkingId = linking.getString("article.id");
        String related = "query($id: ID) { article(id: $id) { related { title article { id } } } }";
        assertThat(GraphQL.editor().data(related, Map.of("id", linkingId)).getList("data.article.related.article"))
                .containsExactly(null, null);

        String createdId = Articles.create(created).getString("id");
        JsonPath other = Articles.create("Working Title " + unique());
        Articles.update(other.getString("id"), other.getInt("version"), Articles.input(retitled, "<p>Body.</p>"));

        assertThat(GraphQL.editor().data(related, Map.of("id", linkingId)).getList("data.article.related.article.id"))
                .containsExactly(createdId, other.getString("id"));
    }

    @Test
    void linksWaitingForATitleFindTheArticleThatRestoresIt() {
        String original = "Harbour Plan " + unique();
        JsonPath article = Articles.create(original);
        String id = article.getString("id");
        Articles.update(id, article.getInt("version"), Articles.input("Other Plan " + unique(), "<p>Body.</p>"));
        String linkingId = Imports.importDocument("waiting-restore.md", markdown("Harbour Reacts " + unique())
                .paragraph("Boats waited.").related(original).build()).getString("article.id");
        String related = "query($id: ID) { article(id: $id) { related { article { id } } } }";
        assertThat(GraphQL.editor().data(related, Map.of("id", linkingId)).getList("data.article.related.article"))
                .containsExactly((Object) null);

        GraphQL.editor().data("mutation($id: ID!) { restoreRevision(id: $id, number: 1) { title } }", Map.of("id", id));

        assertThat(GraphQL.editor().data(related, Map.of("id", linkingId)).getList("data.article.related.article.id"))
                .containsExactly(id);
    }
}
