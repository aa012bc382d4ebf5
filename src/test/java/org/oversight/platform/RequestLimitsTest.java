package org.oversight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.oversight.platform.Visitor.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No request takes Oversight down: each is refused, with what was wrong, within its limits, and the
 * site answers at once afterwards. Through the real server, as an attacker would send them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestLimitsTest {

    static final String ANALYST = "limits-analyst";
    static final String PASSWORD = "limits analyst password";

    private static final String PLAN_API = "/api/v1/plans";
    private static final String SPC_API = "/api/v1/spc";

    /**
     * The promise is an answer within a second on a machine doing nothing else; the times are printed
     * for the record. A test machine shared with other work can take longer, so the bound here is 5
     * seconds: what it catches is a process that no longer answers at all (the alias bomb's) or a
     * refusal that waits for the whole input (the 97-second title's).
     */
    private static final Duration ANSWERS_WITHIN = Duration.ofSeconds(5);

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    private Visitor analyst;
    private Visitor anonymous;

    @BeforeEach
    void anAnalystAndAnAnonymousVisitor() {
        if (accounts.all().stream().noneMatch(account -> account.username().equals(ANALYST))) {
            accounts.add(ANALYST, Role.ANALYST, PASSWORD.toCharArray());
        }
        analyst = Visitor.signedIn(port, ANALYST, PASSWORD);
        anonymous = Visitor.anonymous(port);
        // Answered once before, so that the time measured after an attack is the site's, not a first call's.
        anonymous.get(PLAN_API, "application/json");
    }

    /** Twelve levels of four aliases (48 aliases, under SnakeYAML's limit of 50): 4^13 values in 407 bytes. */
    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("format: oversight-plan/1\na0: &a0 [x, x, x, x]\n");
        for (int level = 1; level <= 12; level++) {
            String alias = "*a" + (level - 1);
            yaml.append("a%d: &a%d [%s, %s, %s, %s]\n".formatted(level, level, alias, alias, alias, alias));
        }
        return yaml.toString();
    }

    private void siteStillAnswersWithinASecond() {
        Answer plans = anonymous.get(PLAN_API, "application/json");
        assertThat(plans.status()).isEqualTo(200);
        assertThat(plans.body()).contains("wm-police-and-crime-plan");
        System.out.printf(
                "RequestLimitsTest: the site answered in %d ms after the attack%n",
                plans.took().toMillis());
        assertThat(plans.took()).isLessThan(ANSWERS_WITHIN);
    }

    private Answer importPlan(String yaml) {
        return analyst.send("POST", PLAN_API, "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAliasBombSentToThePlanApiIsRefusedWithinASecondAndTheSiteStillAnswers() {
        Answer refused = importPlan(aliasBomb());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.body()).contains("with its aliases expanded, the document passes 50,000 values here");
        System.out.printf(
                "RequestLimitsTest: refused in %d ms%n", refused.took().toMillis());
        assertThat(refused.took()).isLessThan(ANSWERS_WITHIN);
        siteStillAnswersWithinASecond();
    }

    @Test
    void theUploadFormRunsTheSameReaderAndListsTheProblem() {
        String boundary = "----oversight-test";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bomb.yaml\"\r\n"
                        + "Content-Type: application/yaml\r\n\r\n" + aliasBomb() + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));

        Answer page = analyst.send(
                "POST",
                // An upload form's token travels in its address (docs/security.md, "Uploads and imports").
                "/plans/import?_csrf=" + Visitor.encoded(analyst.csrf()),
                Visitor.BROWSER_ACCEPTS,
                "multipart/form-data; boundary=" + boundary,
                body.toByteArray());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("The file bomb.yaml was not imported")
                .contains("with its aliases expanded, the document passes 50,000 values here");
        siteStillAnswersWithinASecond();
    }

    @Test
    void aRecursiveAnchorIsRefusedWithItsLineNotAStackOverflow() {
        Answer refused =
                importPlan("format: oversight-plan/1\nplan: &plan\n  key: looped\n  title: Loop\n  itself: *plan\n");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("upload.yaml:2:7 plan.itself: this value contains an alias of itself (a recursive anchor)");
        siteStillAnswersWithinASecond();
    }

    @Test
    void aPlanFileOverTwoMegabytesIsRefusedByTheReaderSayingTheLimit() {
        String yaml = "format: oversight-plan/1\nplan:\n  title: " + "word ".repeat(500_000) + "\n";

        Answer refused = importPlan(yaml);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("the file is larger than 2 MB, the most a plan file may be");
    }

    @Test
    void aTenMegabytePlanFileIsRefusedWith413BeforeItIsRead() {
        Answer refused = analyst.raw(
                "POST " + PLAN_API + " HTTP/1.1\nHost: localhost\nAuthorization: " + analyst.authorization()
                        + "\nContent-Type: application/yaml\nContent-Length: " + 10 * 1024 * 1024
                        + "\nConnection: close\n",
                "format: oversight-plan/1\nplan:\n  title: ".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.body()).contains("may be at most 3 MB. This one is 10,485,760 bytes.");
        System.out.printf(
                "RequestLimitsTest: refused in %d ms%n", refused.took().toMillis());
        assertThat(refused.took()).isLessThan(ANSWERS_WITHIN);
        siteStillAnswersWithinASecond();
    }

    private static byte[] series(int points) {
        StringBuilder json = new StringBuilder("{\"direction\":\"increase\",\"points\":[");
        for (int i = 0; i < points; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"period\":\"")
                    .append(i)
                    .append("\",\"value\":")
                    .append(i % 7)
                    .append('}');
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSpcApiChartsTenThousandPointsAndRefusesOneMoreWith422() {
        Answer charted = anonymous.send("POST", SPC_API, "application/json", series(10_000));
        Answer refused = anonymous.send("POST", SPC_API, "application/json", series(10_001));

        assertThat(charted.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.body())
                .contains("the series has 10,001 points; the API charts at most 10,000")
                .contains("\"maxPoints\":10000");
    }

    @Test
    void theSpcApiRefusesABodyDeclaredOverOneMegabyteWith413BeforeReadingIt() {
        Answer refused = anonymous.raw(
                "POST " + SPC_API + " HTTP/1.1\nHost: localhost\nContent-Type: application/json\nContent-Length: "
                        + 5_000_000 + "\nConnection: close\n",
                "{\"direction\":\"increase\",\"points\":[".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.body()).contains("may be at most 1 MB. This one is 5,000,000 bytes.");
        siteStillAnswersWithinASecond();
    }

    @Test
    void theSpcApiStopsABodySentInChunksOnceItPassesOneMegabyte() {
        byte[] body = new byte[1_500_000];
        java.util.Arrays.fill(body, (byte) ' ');

        Answer refused = anonymous.sendChunked("POST", SPC_API, "application/json", body);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.body()).contains("may be at most 1 MB");
    }

    @Test
    void aFormOverTheDefaultLimitGetsTheErrorPageSayingSo() {
        Answer refused = anonymous.raw(
                "POST /plans/new HTTP/1.1\nHost: localhost\nAccept: text/html\n"
                        + "Content-Type: application/x-www-form-urlencoded\nContent-Length: 300000\nConnection: close\n",
                "title=".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.isHtml()).isTrue();
        assertThat(refused.body())
                .contains("<h1 class=\"govuk-heading-l\">What you sent is too large</h1>")
                .contains("may be at most 256 KB. This one is 300,000 bytes.");
    }

    @Test
    void aJsonBodyOverTheDefaultLimitGetsAProblemDocument() {
        Answer refused = analyst.raw(
                "PUT /api/v1/police-data/completeness/west-midlands/street/2014-04/mark HTTP/1.1\nHost: localhost\n"
                        + "Authorization: " + analyst.authorization() + "\nContent-Type: application/json\n"
                        + "Content-Length: 300000\nConnection: close\n",
                "{\"note\":\"".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.isProblem()).isTrue();
    }

    @Test
    void aFormSentInChunksWithoutItsLengthGets411() {
        Answer refused = anonymous.raw(
                "POST /plans/new HTTP/1.1\nHost: localhost\nContent-Type: application/x-www-form-urlencoded\n"
                        + "Transfer-Encoding: chunked\nConnection: close\n",
                "7\r\ntitle=x\r\n0\r\n\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(411);
    }

    /** The five public addresses that failed with 500 when a parameter held %00. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/plans/wm-police-and-crime-plan/compare?from=%00",
                "/plans/wm-police-and-crime-plan/compare?to=2014-15%00",
                "/performance/plans/wm-police-and-crime-plan/versions/2014-15?area=%00",
                "/performance/plans/wm-police-and-crime-plan/versions/2014-15/measures/4.6/4.6-m1?area=Birmingham%00",
            })
    void aPublicPageGivenANulCharacterAnswers400WithTheErrorPageNamingTheParameter(String address) {
        Answer page = anonymous.get(address, Visitor.BROWSER_ACCEPTS);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.isHtml()).isTrue();
        assertThat(page.body())
                .contains("There is a problem with the address or form")
                .containsPattern("The parameter &#39;(from|to|area)&#39; holds a control character \\(U\\+0000\\)");
    }

    @Test
    void thePublicPerformanceApiGivenANulCharacterAnswers400WithAProblemDocument() {
        Answer problem = anonymous.get(
                "/api/v1/performance/plans/wm-police-and-crime-plan/versions/2014-15?area=%00", "application/json");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.isProblem()).isTrue();
        assertThat(problem.body()).contains("\"detail\":\"The parameter 'area' holds a control character (U+0000)");
    }

    @Test
    void aNulCharacterInAJsonBodyIsRefusedWith400NotAServerError() {
        Answer problem = analyst.send(
                "PUT",
                "/api/v1/police-data/completeness/west-midlands%00x/street/2014-04/mark",
                "application/json",
                "{\"complete\":false,\"note\":\"a\\u0000b\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(problem.status()).isEqualTo(400);
    }

    @Test
    void unknownDirectionsCadencesAndUnitsAreRefusedSayingWhich() {
        Answer spc = anonymous.send(
                "POST", SPC_API, "application/json", "{\"direction\":\"sideways\",\"points\":[]}".getBytes());
        Answer plan = importPlan(
                """
                format: oversight-plan/1
                plan: { key: enum-test, title: T, force: F }
                versions:
                  - label: "1"
                    objectives:
                      - title: O
                        commitments: [{ text: C, cadence: weekly }]
                        measures: [{ text: M, direction: sideways, unit: furlongs }]
                """);

        assertThat(spc.status()).isEqualTo(400);
        assertThat(spc.body())
                .contains("the improvement direction must be increase, decrease, neutral, not 'sideways'");
        assertThat(plan.status()).isEqualTo(422);
        assertThat(plan.body()).contains("cadence", "direction", "unit");
    }

    @Test
    void aPlanKeyWithATrailingLineBreakIsRefusedNotStoredWithPagesThatCannotOpen() {
        Answer refused = importPlan("format: oversight-plan/1\nplan: { key: \"newline-key\\n\", title: T, force: F }\n"
                + "versions: [{ label: \"1\", objectives: [] }]\n");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("plan.key: has a line break");
        assertThat(anonymous.get(PLAN_API, "application/json").body()).doesNotContain("newline-key");
    }

    @Test
    void theErrorAddressAskedForDirectlyIsNotFoundRatherThanAServerError() {
        assertThat(anonymous.get("/error", "application/json").status()).isEqualTo(404);
        assertThat(anonymous.get("/error", Visitor.BROWSER_ACCEPTS).status()).isEqualTo(404);
    }

    @Test
    void theApiAnswersAnUnknownAddressAWrongMethodAndAWrongMediaTypeWithProblemDocuments() {
        List<Answer> answers = List.of(
                anonymous.get("/api/v1/nothing-here", "application/json"),
                anonymous.get(SPC_API, "application/json"),
                anonymous.send("POST", SPC_API, "text/plain", "x".getBytes()));

        assertThat(answers).extracting(Answer::status).containsExactly(404, 405, 415);
        assertThat(answers).allMatch(Answer::isProblem, "a problem document");
    }
}
