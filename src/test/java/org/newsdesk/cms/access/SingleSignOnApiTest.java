package org.newsdesk.cms.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.cms.access.RolesMatrixApiTest.Case;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.KeycloakServer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Single sign-on against a real Keycloak: its tokens carry the roles in
 * realm_access/roles (cms.auth.roles-claim), and the same roles matrix holds for them
 * as for accounts. Tokens that are expired, from another issuer or tampered with are
 * refused at the door (HTTP 401) with nothing written; HTTP Basic keeps working beside.
 */
@QuarkusTest
@WithTestResource(KeycloakServer.class)
class SingleSignOnApiTest {

    /** The token users of the newsroom realm, by role (their passwords are user + "-pw"). */
    enum TokenCaller {
        NO_ROLE("kc-nobody"), CONTRIBUTOR("kc-contributor"), EDITOR("kc-editor"), ADMIN("kc-admin");

        final String user;

        TokenCaller(String user) {
            this.user = user;
        }

        RolesMatrixApiTest.Caller asAccount() {
            return RolesMatrixApiTest.Caller.valueOf(name());
        }
    }

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void needsKeycloak() {
        Assumptions.assumeTrue(KeycloakServer.unavailable().isEmpty(),
                () -> "Skipped: " + KeycloakServer.unavailable().orElse(""));
        RolesMatrixApiTest.contributor = () -> GraphQL.bearer(KeycloakServer.token("kc-contributor"));
    }

    @AfterAll
    static void accountsAgain() {
        RolesMatrixApiTest.contributor = GraphQL::contributor;
    }

    static Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        for (Case c : RolesMatrixApiTest.CASES) {
            for (TokenCaller caller : TokenCaller.values()) {
                all.add(Arguments.of(c, caller));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} by {1}'s token")
    @MethodSource("matrix")
    void eachTokenGetsWhatItsRoleGets(Case c, TokenCaller caller) throws SQLException {
        RolesMatrixApiTest.check(c, GraphQL.bearer(KeycloakServer.token(caller.user)), caller.user,
                c.allowed().contains(caller.asAccount()), false, dataSource);
    }

    static Stream<Arguments> badTokens() {
        List<Arguments> all = new ArrayList<>();
        for (Case c : RolesMatrixApiTest.CASES) {
            all.add(Arguments.of(c, "another issuer"));
            all.add(Arguments.of(c, "a tampered signature"));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} with a token from {1}")
    @MethodSource("badTokens")
    void aTokenFromAnotherIssuerOrTamperedWithIsRefusedAtTheDoor(Case c, String kind) throws SQLException {
        String token = kind.equals("another issuer")
                ? KeycloakServer.token(KeycloakServer.OTHER_REALM, "newsroom-playground", "kc-editor", "kc-editor-pw")
                : promotedToAdmin(KeycloakServer.token("kc-contributor"));
        RolesMatrixApiTest.checkRefusedAtTheDoor(c, GraphQL.bearer(token), dataSource);
    }

    @Test
    void anExpiredTokenIsRefusedAtTheDoor() throws Exception {
        String token = KeycloakServer.token(KeycloakServer.REALM, "newsroom-short-lived", "kc-editor", "kc-editor-pw");
        String query = "mutation { createTag(input: { name: \"Expired " + RolesMatrixApiTest.unique() + "\" }) { id } }";
        Thread.sleep(5_000); // the short-lived client's tokens live 3 s
        assertThat(GraphQL.bearer(token).status(query, Map.of())).isEqualTo(401);
        for (Case c : RolesMatrixApiTest.CASES) {
            RolesMatrixApiTest.checkRefusedAtTheDoor(c, GraphQL.bearer(token), dataSource);
        }
    }

    @Test
    void theReviewFlowWorksWithTokens() {
        RolesMatrixApiTest.contributor = () -> GraphQL.bearer(KeycloakServer.token("kc-contributor"));
        ReviewFlowApiTest.walkThroughReview(GraphQL.bearer(KeycloakServer.token("kc-contributor")),
                GraphQL.bearer(KeycloakServer.token("kc-freelancer")), GraphQL.bearer(KeycloakServer.token("kc-editor")),
                "kc-editor", GraphQL.bearer(KeycloakServer.token("kc-nobody")));
    }

    @Test
    void theTrailNamesTheTokensUserAndHttpBasicStillWorks() {
        String id = GraphQL.bearer(KeycloakServer.token("kc-editor")).data("mutation { createTag(input: { name: \"SSO "
                + RolesMatrixApiTest.unique() + "\" }) { id } }").getString("data.createTag.id");
        JsonPath trail = GraphQL.bearer(KeycloakServer.token("kc-admin")).data("{ auditLog(first: 5, filter: { user:"
                + " \"kc-editor\" }) { nodes { user role operation targetIds outcome } } }").setRootPath("data.auditLog");
        assertThat(trail.getList("nodes.targetIds", List.class)).contains(List.of("tag:" + id));
        assertThat(trail.getList("nodes.role")).containsOnly("editor");
        assertThat(GraphQL.editor().data("mutation { createTag(input: { name: \"Basic " + RolesMatrixApiTest.unique()
                + "\" }) { id } }").getString("data.createTag.id")).isNotBlank();
    }

    /** The token with its payload changed to claim the admin role, its signature kept. */
    private static String promotedToAdmin(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"contributor\"", "\"admin\"");
        assertThat(payload).contains("\"admin\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
