package org.newsdesk.cms.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Keycloak for the single sign-on tests: its server distribution (unpacked by
 * the build into target/keycloak) started in dev mode on 127.0.0.1 with an in-memory
 * database and the realms the tests ship (src/test/resources/keycloak: users for each
 * role, a public client for tokens, a client with 3-second tokens, and a second realm
 * as another issuer). Keycloak needs Java 21 or newer: it is looked for in
 * KEYCLOAK_JAVA_HOME, JAVA_HOME and /usr/lib/jvm; without one the tests are skipped
 * with a message saying so. Start-up is bounded (4 minutes), and the server is
 * stopped, with its child processes, when the test class is done.
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "newsroom";
    public static final String OTHER_REALM = "elsewhere";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private static String baseUrl;
    private static String unavailable;
    private Process process;

    /** Why the tests cannot run here, or empty when Keycloak is up. */
    public static Optional<String> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    @Override
    public Map<String, String> start() {
        Optional<Path> java = java21();
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/missing"));
        if (java.isEmpty()) {
            unavailable = "no Java 21 or newer (KEYCLOAK_JAVA_HOME, JAVA_HOME, /usr/lib/jvm): Keycloak cannot run here";
            System.err.println("SKIPPING single sign-on tests: " + unavailable);
            return Map.of();
        }
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak's distribution is not at " + home
                    + "; the build unpacks it (maven-dependency-plugin, process-test-resources)");
        }
        try {
            copyRealms(home.resolve("data/import"));
            int port = LocalServers.freePort();
            Path log = home.resolve("keycloak.log");
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + LocalServers.freePort(),
                    "--db=dev-mem", "--import-realm")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", java.get().toString());
            builder.environment().put("JAVA_OPTS_APPEND", "-Xms64m -Xmx512m");
            process = builder.start();
            baseUrl = "http://127.0.0.1:" + port;
            awaitRealm(log);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not start: " + e.getMessage(), e);
        }
        Map<String, String> config = new java.util.HashMap<>(Map.of("quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", issuer(REALM),
                "quarkus.oidc.client-id", "newsroom-cms",
                "quarkus.oidc.token.audience", "newsroom-cms"));
        if (System.getenv("CMS_TEST_JDBC_URL") == null) {
            // This test class restarts the application; on embedded H2 it gets a database of
            // its own (the suite's in-memory one belongs to the first start's class loader).
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:newsroom-sso;DB_CLOSE_DELAY=-1");
        }
        return config;
    }

    @Override
    public void stop() {
        LocalServers.stop(process, 30);
    }

    public static String issuer(String realm) {
        return baseUrl + "/realms/" + realm;
    }

    /** An access token for a user, by the password grant of a public client. */
    public static String token(String realm, String client, String user, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", user).formParam("password", password)
                .post(issuer(realm) + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The newsroom realm's token for one of its test users (password: user + "-pw"). */
    public static String token(String user) {
        return token(REALM, "newsroom-playground", user, user + "-pw");
    }

    private void awaitRealm(Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest wellKnown = HttpRequest.newBuilder(URI.create(issuer(REALM) + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n" + tail(log));
            }
            try {
                if (http.send(wellKnown, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while Keycloak started", e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while Keycloak started", e);
            }
        }
        stop();
        throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT + ":\n" + tail(log));
    }

    private static void copyRealms(Path importFolder) throws IOException {
        Files.createDirectories(importFolder);
        for (String realm : List.of("newsroom-realm.json", "elsewhere-realm.json")) {
            try (InputStream in = KeycloakServer.class.getResourceAsStream("/keycloak/" + realm)) {
                Files.copy(in, importFolder.resolve(realm), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** A Java 21+ home: KEYCLOAK_JAVA_HOME, JAVA_HOME, then the JDKs in /usr/lib/jvm, newest first. */
    static Optional<Path> java21() {
        List<Path> candidates = new ArrayList<>();
        Stream.of(System.getenv("KEYCLOAK_JAVA_HOME"), System.getenv("JAVA_HOME")).filter(home -> home != null)
                .map(Path::of).forEach(candidates::add);
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> homes = Files.list(jvms)) {
                homes.sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()))
                        .forEach(candidates::add);
            } catch (IOException e) {
                // no JDKs to look at there
            }
        }
        return candidates.stream().filter(home -> featureVersion(home) >= 21).findFirst();
    }

    private static int featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }


    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
