package org.newsdesk.cms.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.markdown;
import static org.newsdesk.cms.support.Documents.unique;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.Articles;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.Imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Sections and tags: from documents (matched ignoring case and accents, created when
 * new), on articles, as lists with filters and pages, and editors' changes to them,
 * through the real endpoint.
 */
@QuarkusTest
class SectionsAndTagsApiTest {

    private static final String ARTICLE = """
            query($slug: String) { article(slug: $slug) { id version section { slug name path parent { slug } }
              tags { id slug name kind } } }""";

    private static final String SECTION = """
            query($slug: String!) { section(slug: $slug) { id slug name path articleCount children { slug name }
              articles(first: 10) { nodes { slug } } } }""";

    private static final String TAG = """
            query($slug: String!) { tag(slug: $slug) { id slug name kind articleCount articles(first: 10) { nodes { slug } } } }""";

    @Test
    void aMarkdownCopyNamesItsSectionPathAndTags() {
        String word = unique();
        JsonPath imported = Imports.importDocument("tagged-" + word + ".md", markdown("Summit in Beijing " + word)
                .header("Section: World " + word + " > Europe " + word)
                .header("Tags: Climate " + word + ", Xi Jinping " + word)
                .build());
        assertThat(imported.getString("status")).isEqualTo("CREATED");

        JsonPath article = article(imported.getString("article.slug"));
        assertThat(article.getString("section.name")).isEqualTo("Europe " + word);
        assertThat(article.getString("section.parent.slug")).isEqualTo("world-" + word);
        assertThat(article.getString("section.path")).isEqualTo("world-" + word + "/europe-" + word);
        assertThat(article.getList("tags.name")).containsExactly("Climate " + word, "Xi Jinping " + word);
        assertThat(article.getList("tags.kind")).containsOnly("TOPIC");
    }

    @Test
    void namesMatchIgnoringCaseAndAccentsAndASectionListsItsSubtree() {
        String word = unique();
        String first = importWith(word, "Section: World " + word + " > Europe " + word, "Tags: Élection " + word);
        String second = importWith(word, "Section: WORLD " + word + " > éurope " + word, "Tags: ELECTION " + word);
        String third = importWith(word, "Section: World " + word, "Tags: Election " + word);

        assertThat(article(second).getString("section.slug")).isEqualTo(article(first).getString("section.slug"));
        assertThat(article(second).getString("tags[0].slug")).isEqualTo(article(first).getString("tags[0].slug"));

        JsonPath world = GraphQL.anonymous().data(SECTION, Map.of("slug", "world-" + word)).setRootPath("data.section");
        assertThat(world.getList("children.name")).containsExactly("Europe " + word);
        assertThat(world.getList("articles.nodes.slug", String.class)).containsExactlyInAnyOrder(first, second, third);
        assertThat(world.getInt("articleCount")).isEqualTo(3);

        JsonPath filtered = GraphQL.anonymous().data("query($s: String, $t: String) { europe: articles(filter: "
                + "{ section: $s }) { nodes { slug } } tagged: articles(filter: { tag: $t }) { nodes { slug } } }",
                Map.of("s", "europe-" + word, "t", article(first).getString("tags[0].slug")));
        assertThat(filtered.getList("data.europe.nodes.slug", String.class)).containsExactlyInAnyOrder(first, second);
        assertThat(filtered.getList("data.tagged.nodes.slug", String.class))
                .containsExactlyInAnyOrder(first, second, third);

        JsonPath subtree = GraphQL.anonymous().data("query($s: String) { articles(filter: { section: $s }) {"
                + " totalCount nodes { slug } } }", Map.of("s", "world-" + word));
        assertThat(subtree.getList("data.articles.nodes.slug", String.class))
                .containsExactlyInAnyOrder(first, second, third);
        assertThat(subtree.getInt("data.articles.totalCount")).isEqualTo(3);
        JsonPath unknown = GraphQL.anonymous().data("query($s: String) { articles(filter: { section: $s }) {"
                + " totalCount nodes { slug } } }", Map.of("s", "no-such-section-" + word));
        assertThat(unknown.getList("data.articles.nodes")).isEmpty();
        assertThat(unknown.getInt("data.articles.totalCount")).isZero();
    }

    @Test
    void aSavedPageGivesItsBreadcrumbKeywordsAndArticleTags() {
        String word = unique();
        String page = """
                <html><head><title>Markets rally %1$s</title>
                <meta property="og:title" content="Markets rally %1$s">
                <meta property="og:url" content="https://www.example-news.org/markets-%1$s">
                <meta property="article:published_time" content="2025-09-03T08:00:00Z">
                <meta property="article:section" content="Ignored when there is a breadcrumb">
                <meta property="article:tag" content="Stocks %1$s">
                <meta name="news_keywords" content="Gazprom %1$s, stocks %1$s">
                <script type="application/ld+json">{"@context": "https://schema.org", "@type": "BreadcrumbList",
                  "itemListElement": [
                    {"@type": "ListItem", "position": 2, "name": "Business %1$s", "item": "https://www.example-news.org/business"},
                    {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.example-news.org/"},
                    {"@type": "ListItem", "position": 3, "name": "Markets %1$s"},
                    {"@type": "ListItem", "position": 4, "name": "Markets rally %1$s"}]}</script>
                </head><body><article><h1>Markets rally %1$s</h1><p>By Anna Reporter</p>
                <p>Shares rose on Wednesday.</p></article></body></html>""".formatted(word);
        JsonPath imported = Imports.importDocument("markets-" + word + ".html", page);
        assertThat(imported.getString("status")).isEqualTo("CREATED");

        JsonPath article = article(imported.getString("article.slug"));
        assertThat(article.getString("section.path")).isEqualTo("business-" + word + "/markets-" + word);
        assertThat(article.getList("tags.name")).containsExactly("Stocks " + word, "Gazprom " + word);
    }

    @Test
    void hostileNamesAreStoredAsPlainTextWithinBounds() {
        String word = unique();
        StringBuilder keywords = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            keywords.append("topic").append(i).append(word).append(", ");
        }
        StringBuilder deep = new StringBuilder("Section: ");
        for (int i = 0; i < 20; i++) {
            deep.append(i == 0 ? "" : " > ").append("Level").append(i).append(word);
        }
        String slug = importWith(word, deep.toString(), "Tags: <b>Bold " + word + "</b>, \u0007Bell " + word + ", "
                + "<script>alert(1)</script>, " + keywords);

        JsonPath article = article(slug);
        assertThat(article.getString("section.path").split("/")).hasSize(8);
        List<String> names = article.getList("tags.name");
        assertThat(names).hasSize(50).startsWith("Bold " + word, "Bell " + word)
                .noneMatch(name -> name.contains("<") || name.chars().anyMatch(Character::isISOControl));

        String loop = importWith(word, "Section: Loop " + word + " > Again " + word + " > loop " + word, "Tags: x" + word);
        assertThat(article(loop).getString("section.path")).isEqualTo("loop-" + word + "/again-" + word);
    }

    @Test
    void reimportingADocumentWithOtherTagsUpdatesThem() {
        String word = unique();
        String url = "https://www.example-news.org/retagged-" + word;
        var first = markdown("Retagged " + word).url(url).header("Tags: Before " + word);
        Imports.importDocument("retag-" + word + ".md", first.build());
        var second = markdown("Retagged " + word).url(url).header("Tags: After " + word)
                .header("Section: Moved " + word);
        JsonPath again = Imports.importDocument("retag-" + word + ".md", second.build());

        assertThat(again.getString("status")).isEqualTo("UPDATED");
        JsonPath article = article(again.getString("article.slug"));
        assertThat(article.getList("tags.name")).containsExactly("After " + word);
        assertThat(article.getString("section.name")).isEqualTo("Moved " + word);
        assertThat(Imports.importDocument("retag-" + word + ".md", second.build()).getString("status"))
                .isEqualTo("UNCHANGED");
    }

    @Test
    void aDocumentThatNamesNoSectionChangesNothingWhenItDiffersOnlyByTheSection() {
        String word = unique();
        String url = "https://www.example-news.org/sectioned-" + word;
        var story = markdown("Sectioned " + word).url(url).header("Tags: Kept " + word);
        Imports.importDocument("sectioned-" + word + ".md", story.header("Section: World " + word + " > Ports " + word)
                .build());
        var withoutSection = markdown("Sectioned " + word).url(url).header("Tags: Kept " + word);

        JsonPath again = Imports.importDocument("sectioned-" + word + ".md", withoutSection.build());
        assertThat(again.getString("status")).isEqualTo("UNCHANGED");
        assertThat(article(again.getString("article.slug")).getString("section.name")).isEqualTo("Ports " + word);
        JsonPath changed = Imports.importDocument("sectioned-" + word + ".md",
                withoutSection.paragraph("A new paragraph.").build());
        assertThat(changed.getString("status")).isEqualTo("UPDATED");
        assertThat(article(changed.getString("article.slug")).getString("section.name")).isEqualTo("Ports " + word);
    }

    @Test
    void editorsBuildTheTreeAndAreRefusedCycles() {
        String word = unique();
        String world = createSection("World " + word, null).getString("id");
        String europe = createSection("Europe " + word, world).getString("id");
        JsonPath moved = GraphQL.editor().post("mutation($id: ID!, $input: SectionInput!) { updateSection(id: $id, "
                + "input: $input) { id } }", Map.of("id", world, "input", Map.of("name", "World " + word,
                        "parentId", europe)));
        assertThat(GraphQL.errorCode(moved)).isEqualTo("VALIDATION");
        assertThat(moved.getString("errors[0].extensions.field")).isEqualTo("input.parentId");

        JsonPath renamed = GraphQL.editor().data("mutation($id: ID!, $input: SectionInput!) { updateSection(id: $id, "
                + "input: $input) { name path description } }", Map.of("id", europe, "input", Map.of(
                        "name", "Europe and Asia " + word, "parentId", world, "description", "Two continents")));
        assertThat(renamed.getString("data.updateSection.name")).isEqualTo("Europe and Asia " + word);
        assertThat(renamed.getString("data.updateSection.path")).isEqualTo("world-" + word + "/europe-" + word);
        assertThat(renamed.getString("data.updateSection.description")).isEqualTo("Two continents");
    }

    @Test
    void aSectionInUseIsDeletedOnlyWithAReassignment() {
        String word = unique();
        String slug = importWith(word, "Section: Doomed " + word, "Tags: t" + word);
        String doomed = article(slug).getString("section.slug");
        String doomedId = GraphQL.anonymous().data(SECTION, Map.of("slug", doomed)).getString("data.section.id");
        String other = createSection("Refuge " + word, null).getString("id");

        JsonPath refused = GraphQL.editor().post("mutation($id: ID!) { deleteSection(id: $id) }", Map.of("id", doomedId));
        assertThat(GraphQL.errorCode(refused)).isEqualTo("CONFLICT");
        assertThat(article(slug).getString("section.slug")).isEqualTo(doomed);

        GraphQL.editor().data("mutation($id: ID!, $to: ID) { deleteSection(id: $id, reassignTo: $to) }",
                Map.of("id", doomedId, "to", other));
        assertThat(article(slug).getString("section.name")).isEqualTo("Refuge " + word);
        assertThat(GraphQL.anonymous().data(SECTION, Map.of("slug", doomed)).getString("data.section")).isNull();
    }

    @Test
    void mergedTagsMoveTheirArticlesAndTheOldSlugStillResolves() {
        String word = unique();
        String a = importWith(word, "Section: M " + word, "Tags: Climate " + word + ", Global warming " + word);
        String b = importWith(word, "Section: M " + word, "Tags: Global warming " + word);
        String climate = article(a).getString("tags[0].id");
        String warming = article(a).getString("tags[1].id");
        String warmingSlug = article(a).getString("tags[1].slug");

        JsonPath merged = GraphQL.editor().data("mutation($from: ID!, $into: ID!) { mergeTags(fromId: $from, "
                + "intoId: $into) { name } }", Map.of("from", warming, "into", climate));
        assertThat(merged.getString("data.mergeTags.name")).isEqualTo("Climate " + word);

        assertThat(article(a).getList("tags.name")).containsExactly("Climate " + word);
        assertThat(article(b).getList("tags.name")).containsExactly("Climate " + word);
        JsonPath alias = GraphQL.anonymous().data(TAG, Map.of("slug", warmingSlug)).setRootPath("data.tag");
        assertThat(alias.getString("name")).isEqualTo("Climate " + word);
        assertThat(alias.getList("articles.nodes.slug", String.class)).containsExactlyInAnyOrder(a, b);

        JsonPath refused = GraphQL.editor().post("mutation($id: ID!) { deleteTag(id: $id) }", Map.of("id", climate));
        assertThat(GraphQL.errorCode(refused)).isEqualTo("CONFLICT");
        assertThat(refused.getInt("errors[0].extensions.articleCount")).isEqualTo(2);
    }

    @Test
    void settingAnArticlesSectionAndTagsIsANewVersionAndRevision() {
        String word = unique();
        String id = Articles.create("Edited " + word).getString("id");
        String section = createSection("Politics " + word, null).getString("id");
        String tag = GraphQL.editor().data("mutation($input: TagInput!) { createTag(input: $input) { id kind } }",
                Map.of("input", Map.of("name", "Elections " + word, "kind", "TOPIC"))).getString("data.createTag.id");
        int version = Articles.get(id).getInt("version");

        JsonPath sectioned = GraphQL.editor().data("mutation($id: ID!, $s: ID) { setArticleSection(id: $id, "
                + "sectionId: $s) { version } }", Map.of("id", id, "s", section));
        JsonPath tagged = GraphQL.editor().data("mutation($id: ID!, $t: [String!]!) { setArticleTags(id: $id, "
                + "tagIds: $t) { version revisions { number } tags { name } section { name } } }",
                Map.of("id", id, "t", List.of(tag)));

        assertThat(sectioned.getInt("data.setArticleSection.version")).isEqualTo(version + 1);
        assertThat(tagged.getInt("data.setArticleTags.version")).isEqualTo(version + 2);
        assertThat(tagged.getList("data.setArticleTags.revisions")).hasSize(3);
        assertThat(tagged.getList("data.setArticleTags.tags.name")).containsExactly("Elections " + word);
        assertThat(tagged.getString("data.setArticleTags.section.name")).isEqualTo("Politics " + word);

        JsonPath unknown = GraphQL.editor().post("mutation($id: ID!, $t: [String!]!) { setArticleTags(id: $id, "
                + "tagIds: $t) { version } }", Map.of("id", id, "t", List.of("999999999")));
        assertThat(GraphQL.errorCode(unknown)).isEqualTo("NOT_FOUND");
        assertThat(Articles.get(id).getInt("version")).isEqualTo(version + 2);
    }

    @Test
    void readersSeePublishedArticlesOnlyUnderSectionsAndTags() {
        String word = unique();
        String section = createSection("Hidden " + word, null).getString("id");
        String id = Articles.create("Draft in a section " + word).getString("id");
        GraphQL.editor().data("mutation($id: ID!, $s: ID) { setArticleSection(id: $id, sectionId: $s) { id } }",
                Map.of("id", id, "s", section));

        assertThat(GraphQL.anonymous().data(SECTION, Map.of("slug", "hidden-" + word))
                .getInt("data.section.articleCount")).isZero();
        assertThat(GraphQL.editor().data(SECTION, Map.of("slug", "hidden-" + word))
                .getInt("data.section.articleCount")).isEqualTo(1);
    }

    @Test
    void mutationsNeedAnEditor() {
        JsonPath anonymous = GraphQL.anonymous().post("mutation { createTag(input: { name: \"Nope\" }) { id } }");
        assertThat(GraphQL.errorCode(anonymous)).isEqualTo("UNAUTHORIZED");
        JsonPath reader = GraphQL.reader().post("mutation { createSection(input: { name: \"Nope\" }) { id } }");
        assertThat(GraphQL.errorCode(reader)).isEqualTo("FORBIDDEN");
    }

    private static String importWith(String word, String sectionLine, String tagsLine) {
        JsonPath imported = Imports.importDocument("doc-" + unique() + ".md",
                markdown("Story " + unique() + " " + word).header(sectionLine).header(tagsLine).build());
        assertThat(imported.getString("status")).as(imported.getString("error")).isEqualTo("CREATED");
        return imported.getString("article.slug");
    }

    private static JsonPath createSection(String name, String parentId) {
        Map<String, Object> input = parentId == null ? Map.of("name", name) : Map.of("name", name, "parentId", parentId);
        return GraphQL.editor().data("mutation($input: SectionInput!) { createSection(input: $input) { id slug } }",
                Map.of("input", input)).setRootPath("data.createSection");
    }

    private static JsonPath article(String slug) {
        return GraphQL.editor().data(ARTICLE, Map.of("slug", slug)).setRootPath("data.article");
    }
}
