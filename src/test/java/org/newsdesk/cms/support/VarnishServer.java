package org.newsdesk.cms.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Varnish (Debian's varnish with varnish-modules' xkey) in front of the
 * application under test, on 127.0.0.1, running the VCL the project ships
 * (k8s/varnish/default.vcl) with the test application as its backend. The application
 * is told to purge it (cms.http-cache.purge-url) and delivers quickly.
 */
public class VarnishServer implements QuarkusTestResourceLifecycleManager {

    private static int port;
    private Process process;
    private Path work;

    /** Where Varnish listens. */
    public static String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public Map<String, String> start() {
        try {
            int appPort = LocalServers.freePort();
            port = LocalServers.freePort();
            work = Files.createTempDirectory("varnish-test");
            work.toFile().setExecutable(true, false);
            String vcl = Files.readString(Path.of("k8s/varnish/default.vcl"))
                    .replace(".host = \"newsroom-cms\";", ".host = \"127.0.0.1\";")
                    .replace(".port = \"8080\";", ".port = \"" + appPort + "\";");
            Path vclFile = work.resolve("default.vcl");
            Files.writeString(vclFile, vcl);
            vclFile.toFile().setReadable(true, false);
            process = new ProcessBuilder("varnishd", "-F", "-a", "127.0.0.1:" + port, "-f", vclFile.toString(),
                    "-n", work.resolve("state").toString(), "-s", "malloc,64m", "-T", "none")
                    .redirectErrorStream(true).redirectOutput(work.resolve("varnish.log").toFile()).start();
            awaitListening();
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

    private void awaitListening() throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("varnishd exited: " + Files.readString(work.resolve("varnish.log")));
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
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

}
