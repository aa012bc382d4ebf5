package org.oversight.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.oversight.OversightApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded PostgreSQL is killed under the running web application (SIGKILL to its postmaster):
 * the health endpoint says so within a second, every request fails within a second (503) rather
 * than waiting for a connection, the application starts the server again by itself, and no server
 * is left when the application stops. Prints the figures it measures.
 */
class DeadDatabaseTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int port;

    record Answer(int status, Duration took, String body) {}

    private Answer get(String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), Duration.ofNanos(System.nanoTime() - start), response.body());
    }

    /** Asks for the health every 10 ms until its status matches; how long that took. */
    private Duration untilHealth(IntPredicate status, Duration limit) throws Exception {
        long start = System.nanoTime();
        while (System.nanoTime() - start < limit.toNanos()) {
            if (status.test(get("/actuator/health").status())) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the health did not change within " + limit);
    }

    @Test
    void aKilledDatabaseIsReportedAtOnceRequestsFailFastAndTheApplicationBringsItBack() throws Exception {
        EmbeddedDatabase database;
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(OversightApplication.class)
                .run("--server.port=0", "--oversight.seed.example-plans=false")) {
            port = ((WebServerApplicationContext) application).getWebServer().getPort();
            database = application.getBean(EmbeddedDatabase.class);
            assertThat(get("/actuator/health").status()).isEqualTo(200);
            assertThat(get("/plans").status()).isEqualTo(200);

            // 1. Killed: found dead, brought back.
            kill(database);
            Answer first = get("/plans");
            Duration detected = untilHealth(status -> status == 503, Duration.ofSeconds(5));
            Duration recovered = untilHealth(status -> status == 200, Duration.ofSeconds(60));
            assertThat(first.status()).isEqualTo(503);
            assertThat(first.took()).isLessThan(SECOND);
            assertThat(detected).isLessThan(SECOND);
            assertThat(get("/plans").status()).isEqualTo(200);

            // 2. Killed, and kept from starting for two seconds (its port is taken): every request fails fast.
            List<Answer> whileDown = new ArrayList<>();
            Duration broughtBack;
            kill(database);
            try (ServerSocket squatter = takePort(database)) {
                untilHealth(status -> status == 503, Duration.ofSeconds(5));
                long end = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                while (System.nanoTime() < end) {
                    whileDown.add(get("/plans"));
                }
                Answer health = get("/actuator/health");
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.body()).isEqualTo("{\"status\":\"DOWN\"}");
            }
            broughtBack = untilHealth(status -> status == 200, Duration.ofSeconds(60));
            assertThat(whileDown).isNotEmpty().allSatisfy(answer -> {
                assertThat(answer.status()).isEqualTo(503);
                assertThat(answer.took()).isLessThan(SECOND);
            });
            assertThat(get("/plans").status()).isEqualTo(200);
            assertThat(database.status().restarts()).isEqualTo(2);

            Duration slowest = whileDown.stream()
                    .map(Answer::took)
                    .max(Duration::compareTo)
                    .orElseThrow();
            System.out.printf(
                    "figures: dead database found (health 503) %d ms after the kill; first request %d ms (%d);"
                            + " back (health 200) %d ms after it was found dead; while kept down %d requests,"
                            + " slowest %d ms; back %d ms after its port was free%n",
                    detected.toMillis(),
                    first.took().toMillis(),
                    first.status(),
                    recovered.toMillis(),
                    whileDown.size(),
                    slowest.toMillis(),
                    broughtBack.toMillis());
        }
        assertThat(ServerProcess.alive(database.pid()))
                .as("no server is left after the application stops")
                .isFalse();
        assertThat(Path.of(database.dataDir().toString(), "postmaster.pid")).doesNotExist();
    }

    /** Kills the server's postmaster (SIGKILL) and waits until it is gone. */
    private static void kill(EmbeddedDatabase database) throws Exception {
        long pid = database.pid();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        while (ServerProcess.alive(pid)) {
            Thread.sleep(1);
        }
    }

    /** Takes the dead server's port, so that it cannot start again until the port is released. */
    private static ServerSocket takePort(EmbeddedDatabase database) throws Exception {
        ServerSocket squatter = new ServerSocket();
        squatter.setReuseAddress(true);
        InetSocketAddress address = new InetSocketAddress(
                InetAddress.getByName(Postmaster.LOOPBACK), database.status().port());
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            try {
                squatter.bind(address);
                return squatter;
            } catch (BindException e) {
                if (System.nanoTime() > end) {
                    squatter.close();
                    throw e;
                }
                Thread.sleep(1);
            }
        }
    }
}
