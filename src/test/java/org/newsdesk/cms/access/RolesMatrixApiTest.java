package org.newsdesk.cms.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.cms.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every mutation, called by every kind of caller against real rows made for the
 * call: anonymous callers are UNAUTHORIZED, callers without the permission FORBIDDEN
 * (the answer names it) and nothing is written; callers with it get their answer.
 */
@QuarkusTest
class RolesMatrixApiTest {

    enum Caller {
        ANONYMOUS(GraphQL::anonymous), NO_ROLE(GraphQL::reader), CONTRIBUTOR(GraphQL::contributor),
        EDITOR(GraphQL::editor), ADMIN(GraphQL::admin);

        final Supplier<GraphQL> client;

        Caller(Supplier<GraphQL> client) {
            this.client = client;
        }
    }

    private static final Set<Caller> EVERY_WRITER = EnumSet.of(Caller.CONTRIBUTOR, Caller.EDITOR, Caller.ADMIN);
    private static final Set<Caller> EDITORS = EnumSet.of(Caller.EDITOR, Caller.ADMIN);

    /** One call, made for one caller: the document, its variables and the article it changes (or null). */
    record Call(String query, Map<String, Object> variables, String articleId) {
    }

    /** A mutation in one situation: who may make it, and how to set up a fresh call. */
    record Case(String name, String mutation, Set<Caller> allowed, Supplier<Call> setUp) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Inject
    DataSource dataSource;

    /**
     * The contributor whose "own drafts" the cases make: an account here; the single
     * sign-on test runs the same cases with a token's user.
     */
    static Supplier<GraphQL> contributor = GraphQL::contributor;

    static final List<Case> CASES = List.of(
            new Case("createArticle", "createArticle", EVERY_WRITER, () -> new Call(
                    "mutation($in: ArticleInput!) { createArticle(input: $in) { id } }", Map.of("in", input()), null)),
            new Case("updateArticle, an editor's draft", "updateArticle", EDITORS, () -> update(draft(GraphQL.editor()))),
            new Case("updateArticle, a contributor's own draft", "updateArticle", EVERY_WRITER,
                    () -> update(draft(contributor.get()))),
            new Case("submitForReview, a contributor's own draft", "submitForReview", EVERY_WRITER,
                    () -> onArticle("submitForReview(id: $id) { status }", draft(contributor.get()))),
            new Case("submitForReview, an editor's draft", "submitForReview", EDITORS,
                    () -> onArticle("submitForReview(id: $id) { status }", draft(GraphQL.editor()))),
            new Case("returnToContributor", "returnToContributor", EDITORS, () -> onArticle(
                    "returnToContributor(id: $id, note: \"Source the second quote\") { status }", inReview())),
            new Case("publishArticle", "publishArticle", EDITORS,
                    () -> onArticle("publishArticle(id: $id) { status }", draft(GraphQL.editor()))),
            new Case("publishArticle, a contributor's own draft", "publishArticle", EDITORS,
                    () -> onArticle("publishArticle(id: $id) { status }", draft(contributor.get()))),
            new Case("unpublishArticle", "unpublishArticle", EDITORS,
                    () -> onArticle("unpublishArticle(id: $id) { status }", published())),
            new Case("archiveArticle", "archiveArticle", EDITORS,
                    () -> onArticle("archiveArticle(id: $id) { status }", published())),
            new Case("deleteArticle", "deleteArticle", EDITORS,
                    () -> onArticle("deleteArticle(id: $id)", draft(contributor.get()))),
            new Case("restoreRevision, an editor's draft", "restoreRevision", EDITORS,
                    () -> onArticle("restoreRevision(id: $id, number: 1) { version }", edited(GraphQL.editor()))),
            new Case("restoreRevision, a contributor's own draft", "restoreRevision", EVERY_WRITER,
                    () -> onArticle("restoreRevision(id: $id, number: 1) { version }", edited(contributor.get()))),
            new Case("setArticleSection, an editor's draft", "setArticleSection", EDITORS,
                    () -> onArticle("setArticleSection(id: $id, sectionId: \"" + section() + "\") { version }",
                            draft(GraphQL.editor()))),
            new Case("setArticleSection, a contributor's own draft", "setArticleSection", EVERY_WRITER,
                    () -> onArticle("setArticleSection(id: $id, sectionId: \"" + section() + "\") { version }",
                            draft(contributor.get()))),
            new Case("setArticleTags, an editor's draft", "setArticleTags", EDITORS,
                    () -> onArticle("setArticleTags(id: $id, tagIds: [\"" + tag() + "\"]) { version }",
                            draft(GraphQL.editor()))),
            new Case("setArticleTags, a contributor's own draft", "setArticleTags", EVERY_WRITER,
                    () -> onArticle("setArticleTags(id: $id, tagIds: [\"" + tag() + "\"]) { version }",
                            draft(contributor.get()))),
            new Case("linkArticles, from an editor's draft", "linkArticles", EDITORS, () -> onArticle(
                    "linkArticles(fromId: $id, toId: \"" + published() + "\") { title }", draft(GraphQL.editor()))),
            new Case("linkArticles, from a contributor's own draft", "linkArticles", EVERY_WRITER, () -> onArticle(
                    "linkArticles(fromId: $id, toId: \"" + published() + "\") { title }", draft(contributor.get()))),
            new Case("unlinkArticles", "unlinkArticles", EDITORS, RolesMatrixApiTest::unlink),
            new Case("createAuthor", "createAuthor", EDITORS, () -> plain(
                    "mutation { createAuthor(input: { name: \"Author " + unique() + "\" }) { id } }")),
            new Case("updateAuthor", "updateAuthor", EDITORS, () -> plain("mutation { updateAuthor(id: \""
                    + created("createAuthor(input: { name: \"Author " + unique() + "\" })")
                    + "\", input: { name: \"Renamed " + unique() + "\" }) { id } }")),
            new Case("createSource", "createSource", EDITORS, () -> plain("mutation { createSource(input: { name: "
                    + "\"Source\", domain: \"" + unique() + ".example\" }) { id } }")),
            new Case("updateSource", "updateSource", EDITORS, () -> plain("mutation { updateSource(id: \""
                    + created("createSource(input: { name: \"Source\", domain: \"" + unique() + ".example\" })")
                    + "\", input: { name: \"Renamed\", domain: \"" + unique() + ".example\" }) { id } }")),
            new Case("createSection", "createSection", EDITORS, () -> plain(
                    "mutation { createSection(input: { name: \"Section " + unique() + "\" }) { id } }")),
            new Case("updateSection", "updateSection", EDITORS, () -> plain("mutation { updateSection(id: \""
                    + section() + "\", input: { name: \"Renamed " + unique() + "\" }) { id } }")),
            new Case("deleteSection", "deleteSection", EDITORS,
                    () -> plain("mutation { deleteSection(id: \"" + section() + "\") }")),
            new Case("createTag", "createTag", EDITORS, () -> plain(
                    "mutation { createTag(input: { name: \"Tag " + unique() + "\" }) { id } }")),
            new Case("updateTag", "updateTag", EDITORS, () -> plain("mutation { updateTag(id: \"" + tag()
                    + "\", input: { name: \"Renamed " + unique() + "\" }) { id } }")),
            new Case("mergeTags", "mergeTags", EDITORS, () -> plain("mutation { mergeTags(fromId: \"" + tag()
                    + "\", intoId: \"" + tag() + "\") { id } }")),
            new Case("deleteTag", "deleteTag", EDITORS, () -> plain("mutation { deleteTag(id: \"" + tag() + "\") }")),
            new Case("importDocument", "importDocument", EDITORS, () -> new Call(
                    "mutation($c: String!) { importDocument(filename: \"matrix.md\", content: $c) { status } }",
                    Map.of("c", "# Imported " + unique() + "\n\nBy Jo Bloggs\n\nSeptember 02, 2025\n\nA paragraph.\n"),
                    null)),
            new Case("runImport", "runImport", EDITORS, () -> plain("mutation { runImport { id } }")),
            new Case("redeliver", "redeliver", EDITORS,
                    () -> plain("mutation { redeliver(id: \"" + deadDelivery() + "\") { status } }")));

    static Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        for (Case c : CASES) {
            for (Caller caller : Caller.values()) {
                all.add(Arguments.of(c, caller));
            }
        }
        return all.stream();
    }

    @Test
    void everyMutationOfTheSchemaIsInTheMatrix() {
        JsonPath schema = GraphQL.anonymous().data("{ __schema { mutationType { fields { name } } } }");
        Set<String> covered = new LinkedHashSet<>();
        CASES.forEach(c -> covered.add(c.mutation()));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(
                schema.getList("data.__schema.mutationType.fields.name", String.class));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("matrix")
    void eachCallerGetsTheDocumentedAnswer(Case c, Caller caller) throws SQLException {
        check(c, caller.client.get(), USER_NAMES.get(caller), c.allowed().contains(caller), caller == Caller.ANONYMOUS,
                dataSource);
    }

    /**
     * One call of {@code c} by {@code client} (signed in as {@code user}): allowed, it gets
     * its answer; refused, UNAUTHORIZED (anonymous) or FORBIDDEN naming the permission,
     * and nothing is written. Either way exactly one audit record, with the user and outcome.
     */
    static void check(Case c, GraphQL client, String user, boolean allowed, boolean anonymous, DataSource dataSource)
            throws SQLException {
        Call call = c.setUp().get();
        List<Long> before = stored(dataSource, call.articleId());
        long recordsBefore = auditRecords(dataSource);
        JsonPath response = client.post(call.query(), call.variables());
        String code = GraphQL.errorCode(response);
        // Every call, allowed or not, leaves exactly one audit record: who, what, the outcome.
        assertThat(auditRecords(dataSource)).isEqualTo(recordsBefore + 1);
        assertThat(newestAuditRecord(dataSource)).containsExactly(c.mutation(), user, code == null ? "OK" : code);
        if (allowed) {
            if (c.mutation().equals("runImport")) {
                // The test profile has no import folder: allowed means past the permission check.
                assertThat(code).isNotIn("UNAUTHORIZED", "FORBIDDEN");
            } else {
                assertThat(response.getList("errors")).as(response.prettify()).isNullOrEmpty();
            }
            return;
        }
        assertThat(code).isEqualTo(anonymous ? "UNAUTHORIZED" : "FORBIDDEN");
        assertThat(response.getString("errors[0].message")).contains("permission");
        assertThat(stored(dataSource, call.articleId())).as("nothing written on refusal").isEqualTo(before);
    }

    static Stream<Arguments> callers() {
        return Stream.of(Caller.values()).map(Arguments::of);
    }

    /**
     * The editor-only reads for each caller: someone else's draft and its revisions and
     * schedule (editors and admins only), one's own draft (its contributor too), and the
     * audit trail (admins only).
     */
    @ParameterizedTest(name = "editor-only reads by {0}")
    @MethodSource("callers")
    void editorOnlyReadsAnswerEachCallerAsDocumented(Caller caller) {
        String editorsDraft = draft(GraphQL.editor());
        GraphQL.editor().data("mutation($id: ID!) { publishArticle(id: $id, at: \"2999-01-01T00:00:00Z\") { id } }",
                Map.of("id", editorsDraft));
        String contributorsDraft = draft(GraphQL.contributor());
        String read = "query($id: ID) { article(id: $id) { id scheduledAt revisions { number } } }";
        boolean editor = caller == Caller.EDITOR || caller == Caller.ADMIN;

        JsonPath others = caller.client.get().data(read, Map.of("id", editorsDraft)).setRootPath("data.article");
        if (editor) {
            assertThat(others.getString("scheduledAt")).startsWith("2999-01-01");
            assertThat(others.getList("revisions")).isNotEmpty();
        } else {
            assertThat(others.getString("id")).isNull(); // the draft, its schedule and history: invisible
        }
        JsonPath own = caller.client.get().data(read, Map.of("id", contributorsDraft)).setRootPath("data.article");
        assertThat(own.getString("id")).isEqualTo(editor || caller == Caller.CONTRIBUTOR ? contributorsDraft : null);
        if (own.getString("id") != null) {
            assertThat(own.getList("revisions")).hasSize(1);
        }
        JsonPath trail = caller.client.get().post("{ auditLog(first: 1) { nodes { id } } }");
        assertThat(GraphQL.errorCode(trail)).isEqualTo(switch (caller) {
            case ANONYMOUS -> "UNAUTHORIZED";
            case ADMIN -> null;
            default -> "FORBIDDEN";
        });
    }

    /** A call refused at the door (a bad token): HTTP 401, nothing written, no GraphQL ran so no record. */
    static void checkRefusedAtTheDoor(Case c, GraphQL client, DataSource dataSource) throws SQLException {
        Call call = c.setUp().get();
        List<Long> before = stored(dataSource, call.articleId());
        long recordsBefore = auditRecords(dataSource);
        assertThat(client.status(call.query(), call.variables())).isEqualTo(401);
        assertThat(stored(dataSource, call.articleId())).isEqualTo(before);
        assertThat(auditRecords(dataSource)).isEqualTo(recordsBefore);
    }

    private static final Map<Caller, String> USER_NAMES = Map.of(Caller.ANONYMOUS, "anonymous", Caller.NO_ROLE,
            "reader", Caller.CONTRIBUTOR, "contributor", Caller.EDITOR, "editor", Caller.ADMIN, "admin");

    static long auditRecords(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return single(connection, "select count(*) from audit_entry", null);
        }
    }

    /** Operation, user and outcome of the newest audit record. */
    static List<String> newestAuditRecord(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select operation, user_name, outcome"
                        + " from audit_entry order by at desc, id desc fetch first 1 rows only");
                ResultSet row = statement.executeQuery()) {
            row.next();
            return List.of(row.getString(1), row.getString(2), row.getString(3));
        }
    }

    /**
     * Rows of everything a mutation can create, and the state of the article it changes:
     * equal before and after a refusal means nothing was written. (The scheduled
     * publisher may write revisions of other articles meanwhile; those are not counted.)
     */
    static List<Long> stored(DataSource dataSource, String articleId) throws SQLException {
        List<Long> state = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("article", "author", "news_source", "section", "tag", "tag_alias",
                    "related_link", "import_run", "article_tag", "change_event", "delivery")) {
                state.add(single(connection, "select count(*) from " + table, null));
            }
            state.add(single(connection, "select count(*) from delivery where status = 'PENDING'", null));
            if (articleId != null) {
                long id = Long.parseLong(articleId);
                state.add(single(connection, "select version from article where id = ?", id));
                state.add(single(connection, "select count(*) from article_revision where article_id = ?", id));
                state.add(single(connection, "select coalesce(section_id, 0) from article where id = ?", id));
            }
        }
        return state;
    }

    private static long single(Connection connection, String sql, Long parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setLong(1, parameter);
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getLong(1) : -1;
            }
        }
    }

    // --- Fixtures, made through the API by their owners ---------------------

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> input() {
        Map<String, Object> input = new HashMap<>();
        input.put("title", "Matrix " + unique());
        input.put("body", "<p>Text.</p>");
        return input;
    }

    static String draft(GraphQL owner) {
        return owner.data("mutation($in: ArticleInput!) { createArticle(input: $in) { id } }", Map.of("in", input()))
                .getString("data.createArticle.id");
    }

    /** A draft with a second revision, so that revision 1 can be restored. */
    static String edited(GraphQL owner) {
        String id = draft(owner);
        owner.data("mutation($id: ID!, $in: ArticleInput!) { updateArticle(id: $id, expectedVersion: 0, input: $in)"
                + " { version } }", Map.of("id", id, "in", input()));
        return id;
    }

    static String published() {
        String id = draft(GraphQL.editor());
        GraphQL.editor().data("mutation($id: ID!) { publishArticle(id: $id) { id } }", Map.of("id", id));
        return id;
    }

    static String inReview() {
        String id = draft(contributor.get());
        contributor.get().data("mutation($id: ID!) { submitForReview(id: $id) { id } }", Map.of("id", id));
        return id;
    }

    /** A dead webhook delivery of an event, written straight to the tables (no webhook is configured here). */
    static String deadDelivery() {
        DataSource dataSource = io.quarkus.arc.Arc.container().instance(DataSource.class).get();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement event = connection.prepareStatement("insert into change_event (id, type, occurred_at,"
                        + " keys) values (?, 'createTag', current_timestamp, 'all')");
                PreparedStatement delivery = connection.prepareStatement("insert into delivery (id, event_id, subscriber,"
                        + " ordering_key, status, attempts, next_attempt_at) values (?, ?, 'http://127.0.0.1:9/nobody',"
                        + " ?, 'DEAD', 3, current_timestamp)")) {
            // Ids far above the sequences', after any a previous fixture took (the suite may share a database).
            long id = Math.max(8_000_000_000L, single(connection, "select coalesce(max(id), 0) from change_event", null))
                    + 1;
            event.setLong(1, id);
            event.executeUpdate();
            delivery.setLong(1, id);
            delivery.setLong(2, id);
            delivery.setString(3, "event:" + id);
            delivery.executeUpdate();
            return String.valueOf(id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String section() {
        return created("createSection(input: { name: \"Section " + unique() + "\" })");
    }

    static String tag() {
        return created("createTag(input: { name: \"Tag " + unique() + "\" })");
    }

    /** The id of what an editor's mutation field (with its arguments) created. */
    static String created(String field) {
        JsonPath answer = GraphQL.editor().data("mutation { made: " + field + " { id } }");
        return answer.getString("data.made.id");
    }

    static Call update(String id) {
        return new Call("mutation($id: ID!, $in: ArticleInput!) { updateArticle(id: $id, expectedVersion: 0, input: $in)"
                + " { version } }", Map.of("id", id, "in", input()), id);
    }

    static Call onArticle(String field, String id) {
        return new Call("mutation($id: ID!) { " + field + " }", Map.of("id", id), id);
    }

    static Call unlink() {
        String from = draft(GraphQL.editor());
        String to = published();
        GraphQL.editor().data("mutation { linkArticles(fromId: \"" + from + "\", toId: \"" + to + "\") { title } }");
        return new Call("mutation($id: ID!) { unlinkArticles(fromId: $id, toId: \"" + to + "\") }",
                Map.of("id", from), from);
    }

    static Call plain(String query) {
        return new Call(query, Map.of(), null);
    }
}
