package org.oversight.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.oversight.OversightApplication;
import org.oversight.publication.PublicationApi;
import org.oversight.reports.Snapshot;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The public site under load (ADR 0022): with a quarter published, {@code -Dbenchmark.clients=N} (50)
 * clients on loopback request the performance overview ({@code /transparency/latest/performance})
 * for {@code -Dbenchmark.seconds=S} (20) after a warm-up, and the requests per second and the
 * latency percentiles are printed. Targets: p95 at most 50 ms, at least 1,000 requests/s.
 *
 * <p>By default it starts the application itself (a fresh embedded database, the example plans and a
 * year of demonstration data, a web server on a free port), prepares, freezes and approves 2014/15
 * Q3 through {@link PublicationApi}, then runs the load in this JVM. With {@code
 * -Dbenchmark.url=http://localhost:8142/transparency/latest/performance} it loads that address of an
 * application already running (a separate process) instead.
 */
public final class PublicationBenchmark {

    private static final String PATH = "/transparency/latest/performance";

    private PublicationBenchmark() {}

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("benchmark.clients", 50);
        double seconds = Double.parseDouble(System.getProperty("benchmark.seconds", "20"));
        String url = System.getProperty("benchmark.url");
        if (url != null && !url.isBlank()) {
            URI target = URI.create(url);
            load(target.getHost(), target.getPort(), target.getRawPath(), clients, seconds, "a running application");
            return;
        }
        Path work = Files.createTempDirectory("oversight-publication-benchmark-");
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OversightApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--oversight.database.data-dir=" + work.resolve("db"),
                        "--oversight.seed.example-plans=true",
                        "--oversight.seed.demonstration-data=true",
                        "--oversight.seed.demonstration-periods=2014-04..2015-03",
                        "--oversight.seed.demonstration-data-in-background=false",
                        "--logging.level.root=WARN")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            System.out.printf(
                    Locale.UK,
                    "started with a year of demonstration data in %.0f s, on port %d%n",
                    (System.nanoTime() - started) / 1e9,
                    port);
            PublicationApi publications = context.getBean(PublicationApi.class);
            List<Snapshot> prepared = as(
                    "analyst",
                    "ANALYST",
                    () -> publications.prepare("2014/15 Q3", "wm-police-and-crime-plan", "2014-15", "analyst"));
            for (Snapshot snapshot : prepared) {
                as("analyst", "ANALYST", () -> publications.freeze(snapshot.id(), "analyst"));
            }
            as("admin", "ADMIN", () -> publications.approve(prepared.get(0).id(), "admin"));
            System.out.println("published 2014/15 Q3 (prepared, frozen and approved)");
            load("127.0.0.1", port, PATH, clients, seconds, "the application in this JVM");
        } finally {
            delete(work);
        }
    }

    private static void load(String host, int port, String path, int clients, double seconds, String what)
            throws InterruptedException {
        System.out.printf(Locale.UK, "warming up: %d clients for 5 s on http://%s:%d%s%n", clients, host, port, path);
        HttpLoad.run(host, port, path, clients, 5);
        HttpLoad.Result result = HttpLoad.run(host, port, path, clients, seconds);
        System.out.printf(
                Locale.UK,
                "performance overview, %d concurrent clients on loopback against %s (%d processors): %s%n",
                clients,
                what,
                Runtime.getRuntime().availableProcessors(),
                result.words());
        System.out.printf(
                Locale.UK,
                "p95 %.1f ms (target at most 50 ms: %s); %,.0f requests/s (target at least 1,000: %s)%n",
                result.p95(),
                result.p95() <= 50 ? "met" : "NOT met",
                result.perSecond(),
                result.perSecond() >= 1000 ? "met" : "NOT met");
    }

    private static <T> T as(String user, String role, Supplier<T> action) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user, "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
