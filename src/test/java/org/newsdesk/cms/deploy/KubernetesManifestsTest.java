package org.newsdesk.cms.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.deploy.Manifests.container;
import static org.newsdesk.cms.deploy.Manifests.only;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.cms.importer.ImportCommand;
import org.newsdesk.cms.importer.ImportConfig;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every overlay renders, every object validates against the Kubernetes API
 * schemas, and the manifests agree with the application: image, ports, probes,
 * environment names, secrets, the import Job's command and exit codes.
 */
class KubernetesManifestsTest {

    private static final String HEALTH = "/q/health/";
    private static final Properties APPLICATION = applicationProperties();

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "jvm"})
    void everyObjectValidatesAgainstTheKubernetesSchemas(String overlay) throws Exception {
        List<JsonNode> objects = Manifests.render(overlay);
        Manifests.Run report = Manifests.validate(objects);
        assertThat(report.exitCode()).as(report.output()).isZero();
        assertThat(report.output()).contains(objects.size() + " valid, 0 invalid");
        assertThat(objects).extracting(o -> o.path("kind").asText()).contains("Deployment", "Service", "ConfigMap",
                "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "Job", "Cluster");
    }

    @Test
    void secretTemplateValidatesAndHoldsNoValues() throws Exception {
        List<JsonNode> template = Manifests.parse(Files.readString(Path.of("k8s/base/secret-editors.template.yaml")));
        Manifests.Run report = Manifests.validate(template);
        assertThat(report.exitCode()).as(report.output()).isZero();
        JsonNode secret = only(template, "Secret");
        assertThat(secret.path("stringData").size()).isZero();
        assertThat(secret.has("data")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "jvm"})
    void deploymentRunsTheImageHardenedWithProbesOnTheHealthEndpoints(String overlay) throws Exception {
        List<JsonNode> objects = Manifests.render(overlay);
        JsonNode deployment = only(objects, "Deployment");
        JsonNode app = container(deployment);

        assertThat(app.at("/ports/0/containerPort").asInt()).isEqualTo(httpPort());
        assertThat(app.at("/ports/0/name").asText()).isEqualTo("http");
        assertThat(app.at("/startupProbe/httpGet/path").asText()).isEqualTo(HEALTH + "started");
        assertThat(app.at("/livenessProbe/httpGet/path").asText()).isEqualTo(HEALTH + "live");
        assertThat(app.at("/readinessProbe/httpGet/path").asText()).isEqualTo(HEALTH + "ready");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(app.at("/" + probe + "/httpGet/port").asText()).as(probe).isEqualTo("http");
        }

        assertThat(deployment.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(app.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(app.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(app.at("/securityContext/capabilities/drop").toString()).isEqualTo("[\"ALL\"]");
        for (String bound : List.of("requests", "limits")) {
            assertThat(app.at("/resources/" + bound + "/cpu").isMissingNode()).as(bound + ".cpu").isFalse();
            assertThat(app.at("/resources/" + bound + "/memory").isMissingNode()).as(bound + ".memory").isFalse();
        }
        Duration shutdown = Duration.parse("PT" + APPLICATION.getProperty("quarkus.shutdown.timeout"));
        assertThat(deployment.at("/spec/template/spec/terminationGracePeriodSeconds").asLong())
                .as("the pod outlives the application's graceful shutdown").isGreaterThan(shutdown.toSeconds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "jvm"})
    void serviceAutoscalerAndBudgetPointAtTheDeployment(String overlay) throws Exception {
        List<JsonNode> objects = Manifests.render(overlay);
        JsonNode deployment = only(objects, "Deployment");
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");

        JsonNode service = only(objects, "Service");
        service.at("/spec/selector").fields().forEachRemaining(label ->
                assertThat(podLabels.path(label.getKey()).asText()).as("service selector " + label.getKey())
                        .isEqualTo(label.getValue().asText()));
        assertThat(service.at("/spec/ports/0/targetPort").asText()).isEqualTo("http");

        only(objects, "PodDisruptionBudget").at("/spec/selector/matchLabels").fields().forEachRemaining(label ->
                assertThat(podLabels.path(label.getKey()).asText()).isEqualTo(label.getValue().asText()));
        JsonNode hpa = only(objects, "HorizontalPodAutoscaler");
        assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(deployment.at("/metadata/name").asText());
        assertThat(hpa.at("/spec/minReplicas").asInt()).isLessThanOrEqualTo(hpa.at("/spec/maxReplicas").asInt());

        JsonNode policy = only(objects, "NetworkPolicy");
        assertThat(policy.at("/spec/ingress/0/ports/0/port").asInt()).isEqualTo(httpPort());
    }

    /**
     * One JVM configuration: the Dockerfile's, the JVM overlay's (Deployment and import
     * Job alike) and the one docs/operations.md documents are the same.
     */
    @Test
    void theJvmImageRunsTheDocumentedJvmConfigurationEverywhere() throws Exception {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        String javaOptions = dockerValue(dockerfile, "JAVA_OPTS_APPEND");
        String documentedOptions = documented("JVM options:");
        assertThat(javaOptions).endsWith(" " + documentedOptions);
        assertThat(dockerValue(dockerfile, "MALLOC_ARENA_MAX")).isEqualTo(documented("environment:").split("=")[1]);

        List<JsonNode> objects = Manifests.render("jvm");
        for (JsonNode workload : List.of(only(objects, "Deployment"), only(objects, "Job"))) {
            JsonNode env = container(workload).path("env");
            assertThat(environmentValue(env, "JAVA_OPTS_APPEND")).as(workload.path("kind").asText()).isEqualTo(javaOptions);
            assertThat(environmentValue(env, "MALLOC_ARENA_MAX")).isEqualTo("2");
        }
        assertThat(container(only(objects, "Deployment")).at("/image").asText())
                .startsWith("registry.example.com/newsroom/newsroom-cms-jvm:");
    }

    private static String dockerValue(String dockerfile, String name) {
        Matcher value = Pattern.compile("(?m)^ENV " + name + "=\"([^\"]*)\"").matcher(dockerfile);
        assertThat(value.find()).as("ENV " + name + " in Dockerfile.jvm").isTrue();
        return value.group(1);
    }

    private static String documented(String label) throws Exception {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(label) + "\\s+(.+)$")
                .matcher(Files.readString(Path.of("docs/operations.md")));
        assertThat(line.find()).as(label + " in docs/operations.md").isTrue();
        return line.group(1).strip();
    }

    private static String environmentValue(JsonNode env, String name) {
        for (JsonNode variable : env) {
            if (variable.path("name").asText().equals(name)) {
                return variable.path("value").asText();
            }
        }
        return null;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void importJobRunsTheSameImageWithTheContractsCommandAndExitCodes(String overlay) throws Exception {
        List<JsonNode> objects = Manifests.render(overlay);
        JsonNode app = container(only(objects, "Deployment"));
        JsonNode job = only(objects, "Job");
        JsonNode importer = container(job);

        assertThat(importer.path("image").asText()).isEqualTo(app.path("image").asText())
                .startsWith("registry.example.com/newsroom/newsroom-cms:");
        assertThat(importer.path("args").toString()).isEqualTo("[\"import\",\"/seeds\"]");
        assertThat(importer.at("/volumeMounts/0/mountPath").asText()).isEqualTo("/seeds");
        assertThat(importer.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        JsonNode failFast = job.at("/spec/podFailurePolicy/rules/0");
        assertThat(failFast.path("action").asText()).isEqualTo("FailJob");
        assertThat(failFast.at("/onExitCodes/values/0").asInt()).isEqualTo(ImportCommand.EXIT_SOME_FAILED);
        assertThat(job.at("/spec/template/spec/restartPolicy").asText()).isEqualTo("Never");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void environmentNamesAreSettingsTheApplicationReads(String overlay) throws Exception {
        List<JsonNode> objects = Manifests.render(overlay);
        Set<String> known = knownEnvironmentNames();
        List<String> used = new ArrayList<>();
        only(objects, "ConfigMap").path("data").fieldNames().forEachRemaining(used::add);
        for (JsonNode workload : List.of(only(objects, "Deployment"), only(objects, "Job"))) {
            container(workload).path("env").forEach(variable -> used.add(variable.path("name").asText()));
        }
        assertThat(used).isNotEmpty().allSatisfy(name -> assertThat(known).as("a setting named " + name).contains(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void applicationFindsTheDatabaseTheOperatorCreates(String overlay) throws Exception {
        List<JsonNode> objects = Manifests.render(overlay);
        String cluster = only(objects, "Cluster").at("/metadata/name").asText();
        String jdbcUrl = only(objects, "ConfigMap").at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText();
        JsonNode database = only(objects, "Cluster").at("/spec/bootstrap/initdb/database");

        assertThat(jdbcUrl).isEqualTo("jdbc:postgresql://" + cluster + "-rw:5432/" + database.asText());
        for (JsonNode workload : List.of(only(objects, "Deployment"), only(objects, "Job"))) {
            container(workload).path("env").forEach(variable -> assertThat(
                    variable.at("/valueFrom/secretKeyRef/name").asText()).isEqualTo(cluster + "-app"));
        }
        JsonNode egress = only(objects, "NetworkPolicy").at("/spec/egress/0");
        assertThat(egress.at("/to/0/podSelector/matchLabels/cnpg.io~1cluster").asText()).isEqualTo(cluster);
        assertThat(egress.at("/ports/0/port").asInt()).isEqualTo(5432);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void singleSignOnIsConfiguredFromTheConfigMapAndAnOptionalSecret(String overlay) throws Exception {
        List<JsonNode> objects = Manifests.render(overlay);
        JsonNode config = only(objects, "ConfigMap").path("data");
        assertThat(config.path("QUARKUS_OIDC_TENANT_ENABLED").asText()).isEqualTo("false");
        assertThat(config.path("CMS_AUTH_ROLES_CLAIM").asText()).isEqualTo("realm_access/roles");
        List<String> optionalSecrets = new ArrayList<>();
        container(only(objects, "Deployment")).path("envFrom").forEach(source -> {
            if (source.at("/secretRef/optional").asBoolean()) {
                optionalSecrets.add(source.at("/secretRef/name").asText());
            }
        });
        assertThat(optionalSecrets).contains("newsroom-cms-sso");
        List<Integer> egressPorts = new ArrayList<>();
        only(objects, "NetworkPolicy").path("spec").path("egress")
                .forEach(rule -> rule.path("ports").forEach(port -> egressPorts.add(port.path("port").asInt())));
        assertThat(egressPorts).contains(443);
    }

    @Test
    void theCacheOverlayPutsVarnishWithTheShippedVclInFrontAndLetsTheApplicationPurgeIt() throws Exception {
        List<JsonNode> objects = Manifests.render("cache");
        Manifests.Run report = Manifests.validate(objects);
        assertThat(report.exitCode()).as(report.output()).isZero();
        assertThat(report.output()).contains(objects.size() + " valid, 0 invalid");

        JsonNode varnish = objects.stream().filter(o -> o.path("kind").asText().equals("Deployment")
                && o.at("/metadata/name").asText().equals("newsroom-varnish")).findFirst().orElseThrow();
        JsonNode vclConfigMap = objects.stream().filter(o -> o.path("kind").asText().equals("ConfigMap")
                && o.at("/metadata/name").asText().startsWith("newsroom-varnish-vcl")).findFirst().orElseThrow();
        assertThat(vclConfigMap.at("/data/default.vcl").asText())
                .isEqualTo(Files.readString(Path.of("k8s/varnish/default.vcl"))).contains("import xkey;");
        assertThat(varnish.at("/spec/template/spec/volumes/0/configMap/name").asText())
                .isEqualTo(vclConfigMap.at("/metadata/name").asText());
        int varnishPort = container(varnish).at("/ports/0/containerPort").asInt();

        JsonNode service = objects.stream().filter(o -> o.path("kind").asText().equals("Service")
                && o.at("/metadata/name").asText().equals("newsroom-varnish")).findFirst().orElseThrow();
        String purgeUrl = objects.stream().filter(o -> o.at("/metadata/name").asText().equals("newsroom-cms-config"))
                .findFirst().orElseThrow().at("/data/CMS_HTTP_CACHE_PURGE_URL").asText();
        assertThat(purgeUrl).isEqualTo("http://newsroom-varnish:" + service.at("/spec/ports/0/port").asInt());
        assertThat(varnish.at("/metadata/namespace").asText()).isEqualTo("newsroom");

        List<Integer> egressPorts = new ArrayList<>();
        only(objects, "NetworkPolicy").path("spec").path("egress")
                .forEach(rule -> rule.path("ports").forEach(port -> egressPorts.add(port.path("port").asInt())));
        assertThat(egressPorts).as("the application may reach Varnish to purge it").contains(varnishPort);
    }

    /** Environment variable names of every setting the application declares (QUARKUS_X_Y for quarkus.x.y). */
    private static Set<String> knownEnvironmentNames() {
        Set<String> properties = new HashSet<>();
        for (String key : APPLICATION.stringPropertyNames()) {
            properties.add(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key);
        }
        for (Method setting : ImportConfig.class.getDeclaredMethods()) {
            properties.add("cms.import." + setting.getName().replaceAll("([A-Z])", "-$1").toLowerCase());
        }
        Set<String> names = new HashSet<>();
        properties.forEach(property -> names.add(property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase()));
        return names;
    }

    private static int httpPort() {
        return Integer.parseInt(APPLICATION.getProperty("quarkus.http.port", "8080"));
    }

    private static Properties applicationProperties() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
