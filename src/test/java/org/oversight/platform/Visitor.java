package org.oversight.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone calling the running application over real HTTP (through Tomcat, as an attacker would):
 * anonymous, or signed in with the sign-in form (pages) and HTTP Basic (the API).
 */
public final class Visitor {

    /** What Chromium asks for when it follows a link. */
    public static final String BROWSER_ACCEPTS = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A status, its content type, where it redirects (if it does), its body as text, and how long it took. */
    public record Answer(int status, String contentType, String location, String body, Duration took) {

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        public boolean isHtml() {
            return contentType.startsWith("text/html");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " in " + took.toMillis() + " ms: "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private final int port;
    private final String who;
    private final HttpClient client;
    private String basic;
    private String csrf;

    private Visitor(int port, String who) {
        this.port = port;
        this.who = who;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public static Visitor anonymous(int port) {
        return new Visitor(port, "anonymous");
    }

    /** Signed in with the form (a session for pages, with its CSRF token) and with Basic for the API. */
    public static Visitor signedIn(int port, String username, String password) {
        Visitor visitor = new Visitor(port, username);
        String token = visitor.tokenFrom("/sign-in");
        Answer signIn = visitor.send(
                "POST",
                "/sign-in",
                "application/x-www-form-urlencoded",
                ("username=" + encoded(username) + "&password=" + encoded(password) + "&_csrf=" + encoded(token))
                        .getBytes(StandardCharsets.UTF_8));
        if (signIn.status() != 302 || signIn.body().contains("error")) {
            throw new IllegalStateException("could not sign in as " + username + ": " + signIn);
        }
        visitor.csrf = visitor.tokenFrom("/plans/new");
        visitor.basic = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return visitor;
    }

    public static String encoded(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Who this is: "anonymous" or the user name. */
    public String describe() {
        return who;
    }

    /** The session's CSRF token, for forms (null when anonymous). */
    public String csrf() {
        return csrf;
    }

    private String tokenFrom(String page) {
        Matcher token = CSRF.matcher(get(page, BROWSER_ACCEPTS).body());
        if (!token.find()) {
            throw new IllegalStateException(page + " has no CSRF token");
        }
        return token.group(1);
    }

    public Answer get(String pathAndQuery, String accept) {
        return exchange("GET", pathAndQuery, accept, null, HttpRequest.BodyPublishers.noBody());
    }

    public Answer send(String method, String pathAndQuery, String contentType, byte[] body) {
        return exchange(method, pathAndQuery, "*/*", contentType, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    public Answer send(String method, String pathAndQuery, String accept, String contentType, byte[] body) {
        return exchange(method, pathAndQuery, accept, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** The body sent in chunks, with no length declared. */
    public Answer sendChunked(String method, String pathAndQuery, String contentType, byte[] body) {
        return exchange(
                method,
                pathAndQuery,
                "*/*",
                contentType,
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
    }

    private Answer exchange(
            String method, String pathAndQuery, String accept, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", accept)
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (basic != null && pathAndQuery.startsWith("/api/")) {
            request.header("Authorization", basic);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(""),
                    response.body(),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A request written by hand on a socket: its head as given, then only {@code body} of what it may
     * declare. For what a client library will not send (a length it does not keep to), and to show
     * that a refusal comes before the body is read.
     */
    public Answer raw(String head, byte[] body) {
        long start = System.nanoTime();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return readResponse(socket.getInputStream(), start);
        } catch (IOException e) {
            throw new UncheckedIOException(head, e);
        }
    }

    private static Answer readResponse(InputStream in, long start) throws IOException {
        String statusLine = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(
                    header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    header.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).trim(), 16);
                    size > 0;
                    size = Integer.parseInt(line(in).trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        }
        return new Answer(
                Integer.parseInt(statusLine.split(" ")[1]),
                headers.getOrDefault("content-type", ""),
                headers.getOrDefault("location", ""),
                body.toString(StandardCharsets.UTF_8),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** The Basic credentials this visitor sends to the API, for a request written by hand. */
    public String authorization() {
        return basic;
    }
}
