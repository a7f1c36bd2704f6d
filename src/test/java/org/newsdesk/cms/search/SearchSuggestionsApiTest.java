package org.newsdesk.cms.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.search.SearchSupport.draft;
import static org.newsdesk.cms.search.SearchSupport.published;
import static org.newsdesk.cms.search.SearchSupport.word;
import static org.newsdesk.cms.support.Documents.unique;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Article.suggestedRelated: published articles that share the article's rare words,
 * the most similar first, never the article itself, one it links to, or a draft.
 */
@QuarkusTest
class SearchSuggestionsApiTest {

    private static final String SUGGESTIONS = """
            query($id: ID, $first: Int) { article(id: $id) { suggestedRelated(first: $first) { id title status } } }""";

    private static String source;
    private static String similar;
    private static String partlySimilar;
    private static String linked;
    private static String unpublished;

    /** Five made-up names and places: the source, the similar, the linked article and the draft share all of them. */
    @BeforeEach
    void articlesThatShareWords() {
        if (source != null) {
            return;
        }
        String person = word();
        String town = word();
        String river = word();
        String ship = word();
        String festival = word();
        String story = "<p>" + person + " arrived in " + town + " on the " + ship + " for the " + festival + ".</p>"
                + "<p>Crowds lined the " + river + " as " + person + " spoke about " + town + " and the " + festival
                + ".</p><p>Officials said the " + ship + " would stay until the " + river + " froze.</p>";
        source = published(person + " visits " + town + " " + unique(), story);
        similar = published(person + " returns to " + town + " " + unique(),
                "<p>Weeks later " + person + " came back to " + town + " aboard the " + ship + ".</p><p>The " + festival
                        + " on the " + river + " drew larger crowds than before.</p>");
        partlySimilar = published("Weather in " + town + " " + unique(),
                "<p>Rain is expected in " + town + " this weekend, forecasters said.</p>");
        linked = published(person + " in " + town + ", a look back " + unique(), story);
        unpublished = draft(person + " and the " + festival + " " + unique(), story);
        GraphQL.editor().data("mutation($f: ID!, $t: ID!) { linkArticles(fromId: $f, toId: $t) { title } }",
                Map.of("f", source, "t", linked));
    }

    private static List<Object> suggestions(GraphQL caller, String id, int first) {
        return caller.data(SUGGESTIONS, Map.of("id", id, "first", first)).getList("data.article.suggestedRelated.id");
    }

    @Test
    void theClearlySimilarArticleComesFirst() {
        List<Object> suggested = suggestions(GraphQL.anonymous(), source, 20);

        assertThat(suggested).first().isEqualTo(similar);
        assertThat(suggested).as("shares one rare word").contains(partlySimilar);
    }

    @Test
    void neitherItselfNorLinkedArticlesNorDraftsAreSuggested() {
        for (GraphQL caller : List.of(GraphQL.anonymous(), GraphQL.reader(), GraphQL.editor())) {
            assertThat(suggestions(caller, source, 20)).doesNotContain(source, linked, unpublished);
        }
    }

    @Test
    void linksCountOnlyFromTheArticleThatHasThem() {
        // The linked article does not link back: the source is a fine suggestion for it.
        assertThat(suggestions(GraphQL.anonymous(), linked, 20)).contains(source).doesNotContain(linked, unpublished);
    }

    @Test
    void editorsGetSuggestionsForDraftsToo() {
        assertThat(suggestions(GraphQL.editor(), unpublished, 20)).contains(source, similar).doesNotContain(unpublished);
    }

    @Test
    void firstBoundsTheSuggestions() {
        assertThat(suggestions(GraphQL.anonymous(), source, 1)).containsExactly(similar);
        assertThat(suggestions(GraphQL.anonymous(), source, 0)).isEmpty();
        JsonPath tooMany = GraphQL.anonymous().post(SUGGESTIONS, Map.of("id", source, "first", 101));
        assertThat(GraphQL.errorCode(tooMany)).isEqualTo("BAD_REQUEST");
    }

    @Test
    void theDefaultIsFive() {
        JsonPath response = GraphQL.anonymous().data("query($id: ID) { article(id: $id) { suggestedRelated { id } } }",
                Map.of("id", source));
        assertThat(response.getList("data.article.suggestedRelated")).hasSizeBetween(2, 5);
    }

    @Test
    void everyArticleOfAListGetsItsOwn() {
        String query = """
                query($q: String!) { searchArticles(query: $q, first: 10) { edges { node { id suggestedRelated(first: 3) { id } } } } }""";
        List<Map<String, Object>> nodes = GraphQL.anonymous().data(query, Map.of("q", titleWordOf(source)))
                .getList("data.searchArticles.edges.node");
        assertThat(nodes).extracting(node -> node.get("id")).containsExactlyInAnyOrder(source, similar, linked);
        for (Map<String, Object> node : nodes) {
            List<Object> suggested = ((List<?>) node.get("suggestedRelated")).stream()
                    .map(s -> ((Map<?, ?>) s).get("id")).map(Object.class::cast).toList();
            assertThat(suggested).doesNotContain(node.get("id"));
        }
    }

    private static String titleWordOf(String id) {
        String title = GraphQL.anonymous().data("query($id: ID) { article(id: $id) { title } }", Map.of("id", id))
                .getString("data.article.title");
        return title.split(" ")[0];
    }
}
