package org.newsdesk.cms.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Kubernetes manifests as a cluster would receive them: rendered by
 * {@code kubectl kustomize} and validated by the kubernetes-models schemas
 * (k8s/test/validate.mjs). Outside CI, a machine without kubectl or node skips
 * these tests; in CI (CI=true) a missing tool fails them.
 */
final class Manifests {

    static final Path VALIDATOR = Path.of("k8s/test");

    private Manifests() {
    }

    record Run(int exitCode, String output) {
    }

    /** The objects of one overlay, rendered. */
    static List<JsonNode> render(String overlay) throws IOException, InterruptedException {
        requireTool("kubectl", "version", "--client");
        Run run = run(List.of("kubectl", "kustomize", "k8s/overlays/" + overlay), Path.of("."));
        assertThat(run.exitCode()).as("kubectl kustomize: " + run.output()).isZero();
        return parse(run.output());
    }

    static List<JsonNode> parse(String yaml) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        new YAMLMapper().readerFor(JsonNode.class).readValues(yaml).forEachRemaining(node -> {
            if (node != null && !((JsonNode) node).isNull()) {
                objects.add((JsonNode) node);
            }
        });
        return objects;
    }

    /** Runs the schema validator over {@code objects}; its report, one line per object. */
    static Run validate(List<JsonNode> objects) throws IOException, InterruptedException {
        requireTool("node", "--version");
        if (!Files.isDirectory(VALIDATOR.resolve("node_modules/kubernetes-models"))) {
            Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), VALIDATOR);
            assertThat(install.exitCode()).as("npm ci in k8s/test: " + install.output()).isZero();
        }
        Path json = Files.createTempFile("manifests", ".json");
        try {
            new ObjectMapper().writeValue(json.toFile(), objects);
            return run(List.of("node", "validate.mjs", json.toAbsolutePath().toString()), VALIDATOR);
        } finally {
            Files.deleteIfExists(json);
        }
    }

    static JsonNode only(List<JsonNode> objects, String kind) {
        List<JsonNode> matching = objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
        assertThat(matching).as("objects of kind " + kind).hasSize(1);
        return matching.get(0);
    }

    private static void requireTool(String... versionCommand) throws InterruptedException {
        boolean present;
        try {
            present = run(List.of(versionCommand), Path.of(".")).exitCode() == 0;
        } catch (IOException missing) {
            present = false;
        }
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(versionCommand[0] + " is needed to check the Kubernetes manifests");
        }
        Assumptions.assumeTrue(present, versionCommand[0] + " is not installed: Kubernetes manifest checks skipped");
    }

    private static Run run(List<String> command, Path directory) throws IOException, InterruptedException {
        File output = File.createTempFile("command", ".out");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(output).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish in 5 minutes");
            }
            return new Run(process.exitValue(), Files.readString(output.toPath(), StandardCharsets.UTF_8));
        } finally {
            output.delete();
        }
    }

    /** The single container of a pod template. */
    static JsonNode container(JsonNode workload) {
        JsonNode containers = workload.at("/spec/template/spec/containers");
        assertThat(containers.size()).as(workload.at("/metadata/name").asText() + " containers").isEqualTo(1);
        return containers.get(0);
    }

    static Map<String, String> text(JsonNode object) {
        return new ObjectMapper().convertValue(object, new com.fasterxml.jackson.core.type.TypeReference<>() {
        });
    }
}
