package org.oversight.accounts.domain;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * The CSRF token of an upload form is read from the header or the form's address ({@code
 * ?_csrf=…}), never from its body: finding a field in a multipart body means reading, and spooling
 * to disk, every file before it, which would let anyone who can load a form make the server store
 * gigabytes before the token is checked (Spring Security's documentation offers the address as the
 * way for multipart forms). Other requests are read as usual, with the token from the body.
 *
 * <p>The token in an address can reach the server's access log; it is the signed-in session's own
 * (masked afresh on every page), pages send no referrer to other sites, and it protects nothing but
 * the forms of that session.
 */
final class MultipartCsrfTokens implements CsrfTokenRequestHandler {

    /** Spring Security's own handler (tokens masked afresh for each page), for everything but the reading. */
    private final XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        tokens.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        return tokens.resolveCsrfTokenValue(
                MultipartGate.isMultipart(request) ? new AddressParametersOnly(request) : request, token);
    }

    /** A request whose parameters are those of its address alone: its body is never read. */
    private static final class AddressParametersOnly extends HttpServletRequestWrapper {

        AddressParametersOnly(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String query = getQueryString();
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String key = decode(equals < 0 ? pair : pair.substring(0, equals));
                if (key.equals(name)) {
                    return equals < 0 ? "" : decode(pair.substring(equals + 1));
                }
            }
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            throw new UnsupportedOperationException("only single parameters of the address are read");
        }

        @Override
        public Enumeration<String> getParameterNames() {
            throw new UnsupportedOperationException("only single parameters of the address are read");
        }

        @Override
        public String[] getParameterValues(String name) {
            String value = getParameter(name);
            return value == null ? null : new String[] {value};
        }

        private static String decode(String text) {
            try {
                return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
    }
}
