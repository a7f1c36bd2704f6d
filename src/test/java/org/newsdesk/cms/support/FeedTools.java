package org.newsdesk.cms.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.Document;

import io.restassured.path.json.JsonPath;

/**
 * Real parsers for feeds and sitemaps, run as processes: Debian's python3-feedparser
 * (what many feed readers are built on) and xmllint from libxml2-utils. Under CI
 * ({@code CI=true}) a missing tool fails the test; elsewhere the test is skipped with a
 * message saying what to install. {@code .ci/run} installs both.
 */
public final class FeedTools {

    private static final String INSTALL = "apt-get install python3-feedparser libxml2-utils";

    /** Prints what feedparser read, as JSON: whether it complained (bozo), the feed, its entries. */
    private static final String FEEDPARSER = """
            import json, sys, feedparser
            d = feedparser.parse(sys.stdin.buffer.read())
            def entry(e):
                return {"title": e.get("title"), "link": e.get("link"), "id": e.get("id"),
                        "authors": [a.get("name") for a in e.get("authors", [])],
                        "tags": [t.get("term") for t in e.get("tags", [])],
                        "summary": e.get("summary"), "content": [c.get("value") for c in e.get("content", [])],
                        "published": e.get("published"), "updated": e.get("updated")}
            print(json.dumps({"bozo": bool(d.bozo), "problem": str(d.get("bozo_exception", "")),
                              "version": d.get("version"),
                              "feed": {"title": d.feed.get("title"), "link": d.feed.get("link"),
                                       "language": d.feed.get("language"), "subtitle": d.feed.get("subtitle"),
                                       "selfLinks": [l.get("href") for l in d.feed.get("links", [])
                                                     if l.get("rel") == "self"]},
                              "entries": [entry(e) for e in d.entries]}))
            """;

    private FeedTools() {
    }

    /** The feed as feedparser reads it; fails unless it read it without complaint. */
    public static JsonPath feedparser(byte[] feed) {
        String python = python();
        require(run(List.of(python, "-c", "import feedparser"), new byte[0]).status == 0,
                "python3-feedparser is not installed for " + python);
        Result result = run(List.of(python, "-c", FEEDPARSER), feed);
        assertThat(result.status).as("feedparser: %s", result.errors).isZero();
        JsonPath parsed = new JsonPath(result.output);
        assertThat(parsed.getBoolean("bozo")).as("feedparser found a problem: %s", parsed.getString("problem"))
                .isFalse();
        return parsed;
    }

    /** Fails unless xmllint finds the document well-formed. */
    public static void xmllint(byte[] xml) {
        require(onPath("xmllint"), "xmllint (libxml2-utils) is not installed");
        Result result = run(List.of("xmllint", "--noout", "--nonet", "-"), xml);
        assertThat(result.status).as("xmllint: %s", result.errors).isZero();
        assertThat(result.errors).as("xmllint warnings").isBlank();
    }

    /** The document as the JDK's parser reads it (no DTDs, no external anything), for exact texts. */
    public static Document dom(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Debian's interpreter, which has Debian's Python packages; a python3 on the PATH may not. */
    private static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    private static boolean onPath(String program) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static void require(boolean present, String problem) {
        if (present) {
            return;
        }
        String message = problem + "; install it: " + INSTALL;
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
    }

    private record Result(int status, String output, String errors) {
    }

    private static Result run(List<String> command, byte[] input) {
        try {
            Process process = new ProcessBuilder(command).start();
            CompletableFuture<String> output = read(process.getInputStream());
            CompletableFuture<String> errors = read(process.getErrorStream());
            try (var stdin = process.getOutputStream()) {
                stdin.write(input);
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command.get(0) + " did not finish in 60 s");
            }
            return new Result(process.exitValue(), output.join(), errors.join());
        } catch (IOException e) {
            return new Result(127, "", e.getMessage()); // not installed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.getMessage();
            }
        });
    }
}
