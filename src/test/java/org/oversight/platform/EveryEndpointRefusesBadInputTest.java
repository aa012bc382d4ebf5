package org.oversight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.oversight.platform.Visitor.Answer;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and endpoint, found from Spring's handler mappings (so a new one is covered as soon as
 * it exists), is sent bad input: each path variable and each parameter in turn given a NUL, a
 * control character, a word where a number belongs, a number too large, invalid UTF-8 and a very
 * long value; malformed and wrongly typed bodies; a query string too long for the server. None may
 * answer with a server error or show a stack trace; the API answers a problem document and pages
 * the error page (or the form again, with its mistakes). Nothing it sends may change anything: a
 * change that went through (a POST or PUT answered 2xx other than a form shown again with its
 * mistakes, or a redirect other than to sign in) is a failure too. Anonymous visitors try the public
 * handlers, an analyst the others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryEndpointRefusesBadInputTest {

    private static final String ANALYST = "abuse-analyst";
    private static final String PASSWORD = "abuse analyst password";

    /** Path variables that find something (or nothing harmful), so that one bad input at a time is tried. */
    private static final Map<String, String> GOOD = Map.ofEntries(
            Map.entry("key", "wm-police-and-crime-plan"),
            Map.entry("label", "2014-15"),
            Map.entry("o", "1"),
            Map.entry("position", "1"),
            Map.entry("objective", "4.6"),
            Map.entry("measure", "4.6-m1"),
            Map.entry("force", "west-midlands"),
            Map.entry("kind", "street"),
            Map.entry("month", "2014-04"),
            Map.entry("id", "999999"),
            Map.entry("jobId", "no-such-import"),
            Map.entry("items", "measures"));

    /** Bad values that no field of any form may accept, safe to send where a value could change data. */
    private static final List<String> NEVER_VALID = List.of("%00", "%FF%FE", "a".repeat(3000));

    /** Bad where a number, a month or a known name belongs; tried only where nothing can be changed. */
    private static final List<String> WRONG_KIND = List.of("x", "-1", "99999999999999999999");

    private static final List<String> BAD_PATH_VALUES =
            List.of("%00", "x", "-1", "99999999999999999999", "a".repeat(1000));

    private static final Set<RequestMethod> CHANGING =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE, RequestMethod.PATCH);

    /** Computes and stores nothing, whatever it is sent. */
    private static final Set<String> NOT_CHANGING = Set.of("/api/v1/spc");

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?}");

    private static final Pattern STACK_TRACE =
            Pattern.compile("(\\tat |\\bat (java|org|jdk|com)\\.[\\w.$]+\\(|java\\.lang\\.|org\\.springframework\\.)");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserAccounts accounts;

    /** Requests sent, said at the end. */
    private static final java.util.concurrent.atomic.AtomicInteger SENT =
            new java.util.concurrent.atomic.AtomicInteger();

    @org.junit.jupiter.api.AfterAll
    static void sayHowManyRequestsWereSent() {
        System.out.println("EveryEndpointRefusesBadInputTest: " + SENT.get() + " requests with bad input");
    }

    private record Attempt(String method, String path, String contentType, byte[] body, String what) {}

    @TestFactory
    Stream<DynamicTest> noHandlerAnswersBadInputWithAServerErrorOrAStackTrace() {
        if (accounts.all().stream().noneMatch(account -> account.username().equals(ANALYST))) {
            accounts.add(ANALYST, Role.ANALYST, PASSWORD.toCharArray());
        }
        Visitor analyst = Visitor.signedIn(port, ANALYST, PASSWORD);
        Visitor anonymous = Visitor.anonymous(port);
        List<DynamicTest> tests = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                for (RequestMethod method : methods(info)) {
                    String name = method + " " + pattern;
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        List<String> wrong = new ArrayList<>();
                        // Public handlers as the public meets them; the others as an analyst.
                        Visitor visitor = isPublic(handler) ? anonymous : analyst;
                        for (Attempt attempt : attempts(method, pattern, handler, analyst.csrf())) {
                            check(visitor, attempt, wrong);
                        }
                        assertThat(wrong).as(name).isEmpty();
                    }));
                }
            }
        });
        assertThat(tests).hasSizeGreaterThan(40);
        return tests.stream();
    }

    private static List<RequestMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? List.of(RequestMethod.GET) : List.copyOf(methods);
    }

    private static boolean isPublic(HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        return rule == null || rule.value().equals("permitAll()");
    }

    private List<Attempt> attempts(RequestMethod method, String pattern, HandlerMethod handler, String csrf) {
        boolean changes = CHANGING.contains(method) && !NOT_CHANGING.contains(pattern);
        Inputs inputs = Inputs.of(handler);
        String verb = method.name();
        List<Attempt> attempts = new ArrayList<>();
        String good = expand(pattern, null, null);
        // The body a changing handler is sent beside a bad path or parameter: only the CSRF token, so that
        // every required field is missing and nothing can be saved even if the bad value were taken.
        boolean api = pattern.startsWith("/api/");
        byte[] empty = !changes
                ? new byte[0]
                : (api ? "{\"complete\":true,\"note\":\"\"}" : "_csrf=" + Visitor.encoded(csrf))
                        .getBytes(StandardCharsets.UTF_8);
        String form = api ? "application/json" : "application/x-www-form-urlencoded";
        for (String variable : variables(pattern)) {
            for (String bad : BAD_PATH_VALUES) {
                attempts.add(new Attempt(verb, expand(pattern, variable, bad), form, empty, "path " + variable));
            }
        }
        for (String parameter : inputs.parameters()) {
            for (String bad : changes ? NEVER_VALID : concat(NEVER_VALID, WRONG_KIND)) {
                attempts.add(
                        new Attempt(verb, good + "?" + parameter + "=" + bad, form, empty, "parameter " + parameter));
            }
        }
        attempts.add(new Attempt(verb, good + "?q=" + "a".repeat(10_000), form, empty, "a query too long"));
        if (CHANGING.contains(method) && inputs.takesInput()) {
            for (Map.Entry<String, String> body : bodies(inputs, csrf).entrySet()) {
                String[] typeAndBody = body.getValue().split("\n", 2);
                attempts.add(new Attempt(
                        verb, good, typeAndBody[0], typeAndBody[1].getBytes(StandardCharsets.UTF_8), body.getKey()));
            }
        }
        return attempts;
    }

    /** Bad bodies by what they are: the content type, a line break, then the body. */
    private static Map<String, String> bodies(Inputs inputs, String csrf) {
        Map<String, String> bodies = new LinkedHashMap<>();
        String token = "_csrf=" + Visitor.encoded(csrf);
        bodies.put("malformed JSON", "application/json\n{\"direction\":");
        bodies.put(
                "JSON holding NUL",
                "application/json\n{\"complete\":false,\"note\":\"\\u0000\",\"direction\":\"\\u0000\"}");
        bodies.put("JSON of the wrong type", "application/json\n{\"complete\":\"perhaps\",\"points\":\"many\"}");
        bodies.put("JSON null", "application/json\nnull");
        bodies.put("an empty JSON body", "application/json\n");
        bodies.put("XML", "application/xml\n<plan/>");
        bodies.put("plain text", "text/plain\nformat: [");
        bodies.put("a YAML alias bomb", "application/yaml\n" + aliasBomb());
        bodies.put(
                "a recursive YAML anchor", "application/yaml\nformat: oversight-plan/1\nplan: &p {key: k, self: *p}\n");
        StringBuilder nul = new StringBuilder(token);
        StringBuilder wrongTypes = new StringBuilder(token);
        for (String field : inputs.fields()) {
            nul.append('&').append(field).append("=%00");
            wrongTypes.append('&').append(field).append("=").append(field.equals("lock") ? "x" : "");
        }
        bodies.put("a form holding NUL", "application/x-www-form-urlencoded\n" + nul);
        bodies.put("a form with the lock altered", "application/x-www-form-urlencoded\n" + wrongTypes + "&lock=x");
        return bodies;
    }

    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("format: oversight-plan/1\na0: &a0 [x, x, x, x]\n");
        for (int level = 1; level <= 12; level++) {
            String alias = "*a" + (level - 1);
            yaml.append("a%d: &a%d [%s, %s, %s, %s]\n".formatted(level, level, alias, alias, alias, alias));
        }
        return yaml.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static List<String> variables(String pattern) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PATH_VARIABLE.matcher(pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The pattern with every variable good, except {@code bad} (when given) for {@code variable}. */
    private static String expand(String pattern, String variable, String bad) {
        Matcher matcher = PATH_VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = name.equals(variable) ? bad : GOOD.getOrDefault(name, "x");
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static void check(Visitor visitor, Attempt attempt, List<String> wrong) {
        boolean api = attempt.path().startsWith("/api/");
        SENT.incrementAndGet();
        Answer answer = attempt.body().length == 0 && attempt.method().equals("GET")
                ? visitor.get(attempt.path(), api ? "application/json" : Visitor.BROWSER_ACCEPTS)
                : visitor.send(
                        attempt.method(),
                        attempt.path(),
                        api ? "application/json" : Visitor.BROWSER_ACCEPTS,
                        attempt.contentType(),
                        attempt.body());
        String problem = problem(attempt, answer, api);
        if (problem != null) {
            String path = attempt.path().length() > 120 ? attempt.path().substring(0, 120) + "…" : attempt.path();
            wrong.add(attempt.what() + ": " + attempt.method() + " " + path + " (" + visitor.describe() + ") → "
                    + problem + ": " + answer);
        }
    }

    private static String problem(Attempt attempt, Answer answer, boolean api) {
        if (answer.status() >= 500) {
            return "a server error";
        }
        if (STACK_TRACE.matcher(answer.body()).find()) {
            return "a stack trace or class name";
        }
        boolean bareTomcat = answer.status() == 400 && answer.body().contains("HTTP Status 400 – Bad Request");
        if (answer.status() >= 400 && !bareTomcat) {
            if (api && !answer.isProblem()) {
                return "an API error that is not a problem document";
            }
            if (!api && !(answer.isHtml() && answer.body().contains("<main"))) {
                return "a page error that is not the error page";
            }
        }
        boolean changing = CHANGING.contains(RequestMethod.valueOf(attempt.method()))
                && !NOT_CHANGING.contains(attempt.path().replaceAll("\\?.*", ""));
        // A DELETE of what is not there changes nothing and may say so with 200 (clearing a month's mark does).
        if (changing && !attempt.method().equals("DELETE") && answer.status() >= 200 && answer.status() < 300) {
            boolean formAgain = answer.isHtml() && answer.body().contains("govuk-error-summary");
            if (!formAgain) {
                return "a change accepted";
            }
        }
        if (changing
                && answer.status() >= 300
                && answer.status() < 400
                && !answer.location().endsWith("/sign-in")) {
            return "a redirect after a change (unless to sign in)";
        }
        return null;
    }

    /** What a handler reads besides its path: parameters (query or form fields) and whether it takes a body. */
    private record Inputs(List<String> parameters, List<String> fields, boolean takesInput) {

        static Inputs of(HandlerMethod handler) {
            List<String> parameters = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            boolean body = false;
            for (MethodParameter parameter : handler.getMethodParameters()) {
                parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                Class<?> type = parameter.getParameterType();
                if (parameter.hasParameterAnnotation(PathVariable.class)) {
                    continue;
                }
                if (param != null) {
                    String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
                    parameters.add(name);
                    fields.add(name);
                    body = true;
                } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    body = true;
                } else if (type.isRecord()
                        && (parameter.hasParameterAnnotation(ModelAttribute.class) || !BeanUtils.isSimpleProperty(type))
                        && type.getName().startsWith("org.oversight")) {
                    components("", type, fields);
                    parameters.addAll(fields);
                    body = true;
                }
            }
            return new Inputs(List.copyOf(parameters), List.copyOf(fields), body);
        }

        private static void components(String prefix, Class<?> record, List<String> into) {
            for (var component : record.getRecordComponents()) {
                if (component.getType().isRecord()) {
                    components(prefix + component.getName() + ".", component.getType(), into);
                } else {
                    into.add(prefix + component.getName());
                }
            }
        }
    }
}
