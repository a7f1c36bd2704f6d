package org.newsdesk.cms.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Varnish (Debian's varnish with varnish-modules' xkey) in front of the
 * application under test, on 127.0.0.1, running the VCL the project ships
 * (k8s/varnish/default.vcl) with the test application as its backend. The application
 * is told to purge it (cms.http-cache.purge-url) and delivers quickly.
 *
 * <p>{@link #inFrontOf} puts one in front of several packaged replicas instead: the
 * shipped VCL's backend becomes a round-robin director over them, as the
 * Kubernetes Service balances over the pods.
 */
public class VarnishServer implements QuarkusTestResourceLifecycleManager, AutoCloseable {

    private static int port;
    private Process process;
    private Path work;

    /** Where the Varnish of the @QuarkusTest listens. */
    public static String url() {
        return "http://127.0.0.1:" + port;
    }

    /** A port for a Varnish to be started later, to tell the replicas where to purge. */
    public static int reservePort() throws IOException {
        return LocalServers.freePort();
    }

    /** Starts Varnish on {@code listenPort} with the shipped VCL, balancing over the replicas on these ports. */
    public static VarnishServer inFrontOf(int listenPort, List<Integer> replicaPorts) throws IOException {
        VarnishServer varnish = new VarnishServer();
        varnish.launch(listenPort, replicaPorts);
        return varnish;
    }

    @Override
    public Map<String, String> start() {
        try {
            int appPort = LocalServers.freePort();
            port = LocalServers.freePort();
            launch(port, List.of(appPort));
            Map<String, String> config = new HashMap<>(Map.of(
                    "quarkus.http.test-port", String.valueOf(appPort),
                    "cms.http-cache.purge-url", url(),
                    "cms.webhooks.poll-every", "100ms",
                    "cms.webhooks.backoff", "100ms",
                    "quarkus.scheduler.enabled", "true"));
            if (System.getenv("CMS_TEST_JDBC_URL") == null) {
                config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:newsroom-varnish;DB_CLOSE_DELAY=-1");
            }
            return config;
        } catch (IOException e) {
            throw new IllegalStateException("Varnish did not start (Debian's varnish and varnish-modules, see .ci/run): "
                    + e.getMessage(), e);
        }
    }

    private void launch(int listenPort, List<Integer> appPorts) throws IOException {
        work = Files.createTempDirectory("varnish-test");
        work.toFile().setExecutable(true, false);
        Path vclFile = work.resolve("default.vcl");
        Files.writeString(vclFile, vclFor(Files.readString(Path.of("k8s/varnish/default.vcl")), appPorts));
        vclFile.toFile().setReadable(true, false);
        process = new ProcessBuilder("varnishd", "-F", "-a", "127.0.0.1:" + listenPort, "-f", vclFile.toString(),
                "-n", work.resolve("state").toString(), "-s", "malloc,64m", "-T", "none")
                .redirectErrorStream(true).redirectOutput(work.resolve("varnish.log").toFile()).start();
        awaitListening(listenPort);
    }

    /** The shipped VCL with its backend (the Kubernetes Service) replaced by the local application(s). */
    static String vclFor(String shipped, List<Integer> appPorts) {
        if (appPorts.size() == 1) {
            return shipped.replace(".host = \"newsroom-cms\";", ".host = \"127.0.0.1\";")
                    .replace(".port = \"8080\";", ".port = \"" + appPorts.get(0) + "\";");
        }
        StringBuilder replicas = new StringBuilder("import directors;\n");
        for (int i = 0; i < appPorts.size(); i++) {
            replicas.append("backend replica").append(i).append(" { .host = \"127.0.0.1\"; .port = \"")
                    .append(appPorts.get(i)).append("\"; }\n");
        }
        replicas.append("sub vcl_init {\n    new replicas = directors.round_robin();\n");
        for (int i = 0; i < appPorts.size(); i++) {
            replicas.append("    replicas.add_backend(replica").append(i).append(");\n");
        }
        replicas.append("}\n# Runs before the shipped vcl_recv (Varnish joins subroutines of one name in order).\n")
                .append("sub vcl_recv {\n    set req.backend_hint = replicas.backend();\n}\n");
        String backend = "backend default {\n    .host = \"newsroom-cms\";\n    .port = \"8080\";\n}\n";
        if (!shipped.contains(backend)) {
            throw new IllegalStateException("the shipped VCL's backend changed; update VarnishServer.vclFor");
        }
        return shipped.replace(backend, replicas.toString());
    }

    private void awaitListening(int listenPort) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("varnishd exited: " + Files.readString(work.resolve("varnish.log")));
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listenPort)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        }
        throw new IOException("varnishd did not listen within 30 s: " + Files.readString(work.resolve("varnish.log")));
    }

    @Override
    public void stop() {
        LocalServers.stop(process, 10);
    }

    @Override
    public void close() {
        stop();
    }
}
