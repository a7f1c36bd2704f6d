package org.newsdesk.cms.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The packaged application (the jar, or the native binary where one was built) started as
 * a real process, on 127.0.0.1 and a free port, with the test database settings
 * of {@link PackagedAppConfig#database()} plus whatever options and environment a
 * test adds. Closing it stops the process.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    /**
     * How to start the application: the native binary when the build made one (as
     * target/quarkus-artifact.properties says, which @QuarkusIntegrationTest reads too),
     * otherwise the jar on this JVM. Options go before the arguments, e.g.
     * {@code launcher(List.of("-Dx=y"))} then "import", "DIR".
     */
    public static List<String> launcher(List<String> options) {
        Properties artifact = new Properties();
        try (var in = Files.newInputStream(Path.of("target/quarkus-artifact.properties"))) {
            artifact.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("no packaged application: run ./mvnw verify", e);
        }
        boolean useNative = "native".equals(artifact.getProperty("type"));
        List<String> command = new ArrayList<>();
        command.add(useNative ? Path.of("target").resolve(artifact.getProperty("path")).toString()
                : Path.of(System.getProperty("java.home"), "bin", "java").toString());
        PackagedAppConfig.database().forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(options);
        if (!useNative) {
            command.addAll(List.of("-jar", JAR.toString()));
        }
        return command;
    }

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static PackagedApp start(Map<String, String> environment, String... options) throws IOException, InterruptedException {
        int port = freePort();
        List<String> settings = new ArrayList<>(List.of("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port));
        settings.addAll(List.of(options));
        List<String> command = launcher(settings);
        Path log = Files.createTempFile("packaged-app", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        PackagedApp app = new PackagedApp(builder.start(), port, log);
        app.awaitReady();
        return app;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** How many GET requests to /graphql this process has answered, from its own Prometheus metrics. */
    public long graphqlGetsServed() {
        HttpClient client = HttpClient.newHttpClient();
        try {
            String metrics = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return metrics.lines()
                    .filter(line -> line.startsWith("http_server_requests_seconds_count{")
                            && line.contains("method=\"GET\"") && line.contains("uri=\"/graphql\""))
                    .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        } catch (IOException e) {
            throw new IllegalStateException("no metrics from " + baseUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("the application was not ready in 90 s: " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Asks the process to stop (SIGTERM), as Kubernetes does, without waiting for it. */
    public void terminate() {
        process.destroy();
    }

    /** Whether the process has ended within the time given. */
    public boolean exitedWithin(Duration time) throws InterruptedException {
        return process.waitFor(time.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Ends the process as a crash would ({@code kill -9}): no shutdown hook, no clean-up. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** What the process has logged so far, for a failing test's message. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
