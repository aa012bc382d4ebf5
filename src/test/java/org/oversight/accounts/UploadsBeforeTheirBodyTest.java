package org.oversight.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.accounts.domain.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uploads that may not be made are refused before their body is read, through the real web server:
 * each request below declares a large body and sends only its first kilobyte, and the answer must
 * come while the rest is unsent (a server that read the body would still be waiting for it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadsBeforeTheirBodyTest {

    private static final String ANALYST = "upload-gate-analyst";
    private static final String PASSWORD = "upload gate password";
    private static final String BOUNDARY = "oversight-test-boundary";
    /** The body each request says it has: far more than Tomcat would discard (2 MB) before closing. */
    private static final long DECLARED = 64L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void anAnalyst() {
        if (accounts.all().stream().noneMatch(account -> account.username().equals(ANALYST))) {
            accounts.add(ANALYST, Role.ANALYST, PASSWORD.toCharArray());
        }
    }

    /** What the server answered, and how many bytes of the body it took before closing the connection. */
    record Answer(int status, String head, long bytesTaken) {}

    /** Sends the headers and 1 KB of a {@code DECLARED}-byte multipart body; reads the answer; sends on. */
    private Answer upload(String path, String extraHeaders, long declared) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\n"
                    + "Host: localhost:" + port + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                    + "Content-Length: " + declared + "\r\n"
                    + extraHeaders
                    + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            byte[] start = ("--" + BOUNDARY + "\r\n"
                            + "Content-Disposition: form-data; name=\"file\"; filename=\"2024-04-west-midlands-street.csv\"\r\n"
                            + "Content-Type: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] first = new byte[1024];
            System.arraycopy(start, 0, first, 0, start.length);
            out.write(first);
            out.flush();
            long sent = first.length;
            String answer;
            try {
                answer = readHead(socket.getInputStream());
            } catch (SocketTimeoutException e) {
                answer = "(no answer within 10 seconds: the server is reading the body)";
                return new Answer(0, answer, sent);
            }
            int status = Integer.parseInt(answer.substring(9, 12));
            byte[] chunk = new byte[64 * 1024];
            try {
                while (sent < declared) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, declared - sent));
                    sent += Math.min(chunk.length, declared - sent);
                }
                out.flush();
                // Everything was sent: wait to see whether the server closes the connection.
                socket.getInputStream().readAllBytes();
            } catch (IOException closed) {
                // The server closed the connection instead of reading the rest.
            }
            return new Answer(status, answer, sent);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (text.endsWith("\r\n\r\n")) {
                return text;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static String basic() {
        return "Authorization: Basic "
                + Base64.getEncoder().encodeToString((ANALYST + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))
                + "\r\n";
    }

    @Test
    void anUploadToTheApiFromSomeoneNotSignedInIsRefusedBeforeItsBodyIsRead() throws IOException {
        Answer answer = upload("/api/v1/police-data", "", DECLARED);

        assertThat(answer.status()).as(answer.head()).isEqualTo(401);
        assertThat(answer.head()).contains("WWW-Authenticate: Basic");
        assertThat(answer.bytesTaken())
                .as("bytes the server took before closing")
                .isLessThan(DECLARED);
    }

    @Test
    void anUploadFromABrowserNotSignedInIsSentToSignInBeforeItsBodyIsRead() throws IOException {
        Answer answer = upload("/police-data/upload?_csrf=anything", "", DECLARED);

        assertThat(answer.status()).as(answer.head()).isEqualTo(302);
        assertThat(answer.head()).containsPattern("Location: [^\\r]*/sign-in\\r\\n");
        assertThat(answer.bytesTaken()).isLessThan(DECLARED);
    }

    @Test
    void anUploadWithoutItsCsrfTokenIsRefusedBeforeItsBodyIsRead() throws Exception {
        Session session = signIn();

        Answer answer = upload("/police-data/upload", "Cookie: " + session.cookie() + "\r\n", DECLARED);

        assertThat(answer.status()).as(answer.head()).isEqualTo(403);
        assertThat(answer.bytesTaken()).isLessThan(DECLARED);
    }

    @Test
    void anUploadLargerThanTheLimitIsRefusedBeforeItsBodyIsRead() throws IOException {
        Answer answer = upload("/api/v1/police-data", basic(), 5L * 1024 * 1024 * 1024);

        assertThat(answer.status()).as(answer.head()).isEqualTo(413);
        assertThat(answer.bytesTaken()).isLessThan(DECLARED);
    }

    @Test
    void theUploadFormCarriesItsTokenInItsAddressSoThatASignedInUploadIsAccepted() throws Exception {
        Session session = signIn();
        String form = session.get("/police-data/upload");
        Matcher action = Pattern.compile("action=\"(/police-data/upload\\?_csrf=[^\"]+)\"")
                .matcher(form);
        assertThat(action.find()).as(form).isTrue();

        byte[] body = ("--" + BOUNDARY + "\r\n"
                        + "Content-Disposition: form-data; name=\"files\"; filename=\"notes.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n"
                        + "not police data\r\n"
                        + "--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> answer = session.client()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(base() + action.group(1).replace("&amp;", "&")))
                                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).contains("/police-data/imports/");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** A signed-in browser session. */
    record Session(HttpClient client, CookieManager cookies, String base) {
        String cookie() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID"))
                    .map(c -> c.getName() + "=" + c.getValue())
                    .findFirst()
                    .orElseThrow();
        }

        String get(String path) throws Exception {
            return client.send(
                            HttpRequest.newBuilder(URI.create(base + path)).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        }
    }

    private Session signIn() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Session session = new Session(client, cookies, base());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(session.get("/sign-in"));
        assertThat(token.find()).isTrue();
        String form = "username=" + ANALYST + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(
                HttpRequest.newBuilder(URI.create(base() + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return session;
    }
}
