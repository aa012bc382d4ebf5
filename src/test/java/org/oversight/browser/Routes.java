package org.oversight.browser;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The application's own map of its pages: which handler a link leads to, so that links differing
 * only in ids and values ({@code /police-data/batches/7}, {@code /police-data/batches/8}) count as
 * one page, and links to files and the API are not taken for pages.
 */
final class Routes {

    private final Map<RequestMappingInfo, HandlerMethod> handlers;

    Routes(RequestMappingHandlerMapping mapping) {
        this.handlers = mapping.getHandlerMethods();
    }

    /** What a GET of the address leads to. */
    sealed interface Route {}

    /** A page drawn from a template: its path pattern and the names (not values) of its query parameters. */
    record Page(String pattern) implements Route {}

    /** A handler that answers with something other than a page: a file, JSON, a stylesheet. */
    record NotAPage(String pattern) implements Route {}

    /** No handler answers a GET of it. */
    record Nothing() implements Route {}

    Route of(URI address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", address.getRawPath());
        request.setQueryString(address.getRawQuery());
        Map<String, List<String>> parameters =
                UriComponentsBuilder.fromUri(address).build().getQueryParams();
        parameters.forEach((name, values) -> request.addParameter(name, values.toArray(String[]::new)));
        ServletRequestPathUtils.parseAndCache(request);
        Optional<Match> best = handlers.entrySet().stream()
                .map(entry -> new Match(entry.getKey().getMatchingCondition(request), entry.getValue()))
                .filter(match -> match.condition() != null)
                .min((a, b) -> a.condition().compareTo(b.condition(), request));
        if (best.isEmpty()) {
            return new Nothing();
        }
        String pattern = best.get().condition().getPatternValues().iterator().next();
        if (!drawsAPage(best.get().handler())) {
            return new NotAPage(pattern);
        }
        TreeSet<String> names = new TreeSet<>(parameters.keySet());
        return new Page(names.isEmpty() ? pattern : pattern + "?" + String.join("&", names));
    }

    /** The path pattern of every page Oversight's own controllers draw from a template for a GET. */
    Set<String> pages() {
        return handlers.entrySet().stream()
                .filter(entry -> entry.getValue().getBeanType().getPackageName().startsWith("org.oversight"))
                // The error page is drawn for other addresses' errors (PageStates' error pages), not at /error.
                .filter(entry ->
                        !ErrorController.class.isAssignableFrom(entry.getValue().getBeanType()))
                .filter(entry -> drawsAPage(entry.getValue()))
                .filter(entry -> {
                    Set<RequestMethod> methods =
                            entry.getKey().getMethodsCondition().getMethods();
                    return methods.isEmpty() || methods.contains(RequestMethod.GET);
                })
                .flatMap(entry -> entry.getKey().getPatternValues().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private record Match(RequestMappingInfo condition, HandlerMethod handler) {}

    private static boolean drawsAPage(HandlerMethod handler) {
        boolean body = handler.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
        Class<?> type = handler.getReturnType().getParameterType();
        return !body && (type == String.class || type == ModelAndView.class);
    }
}
