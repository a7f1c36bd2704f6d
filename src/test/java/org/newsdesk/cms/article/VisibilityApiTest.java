package org.newsdesk.cms.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.unique;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.Articles;
import org.newsdesk.cms.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Readers see PUBLISHED articles only, in every field and count; editors see all.
 * One published and one draft article share an author and a source and link to
 * each other; each field is read both ways.
 */
@QuarkusTest
class VisibilityApiTest {

    private static String authorSlug;
    private static String sourceSlug;
    private static String publishedId;
    private static String draftId;

    @BeforeEach
    void publishedAndDraftSideBySide() {
        if (publishedId != null) {
            return;
        }
        String word = unique();
        JsonPath author = GraphQL.editor().data("mutation($in: AuthorInput!) { createAuthor(input: $in) { id slug kind } }",
                Map.of("in", Map.of("name", "Visibility Writer " + word))).setRootPath("data.createAuthor");
        JsonPath source = GraphQL.editor().data("mutation($in: SourceInput!) { createSource(input: $in) { id slug } }",
                Map.of("in", Map.of("name", "Visibility Gazette " + word, "domain", "visibility-" + word + ".example",
                        "url", "https://visibility-" + word + ".example/"))).setRootPath("data.createSource");
        authorSlug = author.getString("slug");
        sourceSlug = source.getString("slug");
        Map<String, Object> published = Articles.input("Visible Story " + word, "<p>Visible.</p>");
        published.put("authorIds", List.of(author.getString("id")));
        published.put("sourceId", source.getString("id"));
        Map<String, Object> draft = Articles.input("Hidden Draft " + word, "<p>Hidden.</p>");
        draft.put("authorIds", List.of(author.getString("id")));
        draft.put("sourceId", source.getString("id"));
        publishedId = Articles.publish(Articles.create(published).getString("id")).getString("id");
        draftId = Articles.create(draft).getString("id");
        String link = "mutation($f: ID!, $t: ID!) { linkArticles(fromId: $f, toId: $t) { title } }";
        GraphQL.editor().data(link, Map.of("f", publishedId, "t", draftId));
        GraphQL.editor().data(link, Map.of("f", draftId, "t", publishedId));
    }

    private static final String EVERYTHING = """
            query($author: String!, $source: String!, $p: ID, $d: ID) {
              published: article(id: $p) { title related { title article { id } } relatedBy { id } revisions { number } }
              draft: article(id: $d) { title }
              list: articles(first: 100, filter: { authorSlug: $author }) { totalCount nodes { id } }
              drafts: articles(first: 100, filter: { authorSlug: $author, status: DRAFT }) { totalCount nodes { id } }
              author(slug: $author) { articleCount articles { totalCount nodes { id } } }
              source(slug: $source) { articleCount articles { totalCount nodes { id } } }
            }""";

    private static JsonPath everything(GraphQL caller) {
        return caller.data(EVERYTHING, Map.of("author", authorSlug, "source", sourceSlug, "p", publishedId, "d", draftId))
                .setRootPath("data");
    }

    @Test
    void readersSeeOnlyThePublishedArticleEverywhere() {
        JsonPath reader = everything(GraphQL.anonymous());

        assertThat(reader.getString("draft")).isNull();
        assertThat(reader.getList("list.nodes.id")).containsExactly(publishedId);
        assertThat(reader.getInt("list.totalCount")).isEqualTo(1);
        assertThat(reader.getList("drafts.nodes")).isEmpty();
        assertThat(reader.getInt("drafts.totalCount")).isZero();
        assertThat(reader.getInt("author.articleCount")).isEqualTo(1);
        assertThat(reader.getList("author.articles.nodes.id")).containsExactly(publishedId);
        assertThat(reader.getInt("author.articles.totalCount")).isEqualTo(1);
        assertThat(reader.getInt("source.articleCount")).isEqualTo(1);
        assertThat(reader.getList("source.articles.nodes.id")).containsExactly(publishedId);
        // The link to the draft keeps its title but reads as unresolved; the draft's backlink is not shown.
        assertThat(reader.getString("published.related[0].title")).startsWith("Hidden Draft");
        assertThat(reader.getString("published.related[0].article")).isNull();
        assertThat(reader.getList("published.relatedBy")).isEmpty();
        assertThat(reader.getList("published.revisions")).isEmpty();
    }

    @Test
    void signedInUsersWithoutTheRoleAreReadersToo() {
        JsonPath user = everything(GraphQL.reader());
        assertThat(user.getString("draft")).isNull();
        assertThat(user.getInt("author.articleCount")).isEqualTo(1);
    }

    @Test
    void editorsSeeEverything() {
        JsonPath editor = everything(GraphQL.editor());

        assertThat(editor.getString("draft.title")).startsWith("Hidden Draft");
        assertThat(editor.getList("list.nodes.id")).containsExactlyInAnyOrder(publishedId, draftId);
        assertThat(editor.getInt("drafts.totalCount")).isEqualTo(1);
        assertThat(editor.getInt("author.articleCount")).isEqualTo(2);
        assertThat(editor.getInt("source.articleCount")).isEqualTo(2);
        assertThat(editor.getString("published.related[0].article.id")).isEqualTo(draftId);
        assertThat(editor.getList("published.relatedBy.id")).containsExactly(draftId);
        assertThat(editor.getList("published.revisions")).isNotEmpty();
    }
}
