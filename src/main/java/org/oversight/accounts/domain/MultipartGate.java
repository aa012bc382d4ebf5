package org.oversight.accounts.domain;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a file upload (a multipart request) that may not be made before a byte of its body is
 * read: from someone not signed in, or larger than the upload limit by its own Content-Length.
 *
 * <p>It sits in each filter chain where the caller is known and nothing has read the body yet: in
 * the API's after HTTP Basic, in the pages' before the CSRF check (which would otherwise read the
 * form's fields, and with them every file, to find the token; for uploads the token travels in
 * the address instead, see {@link MultipartCsrfTokens}). The refusal says {@code Connection: close}
 * and leaves the body unread: Tomcat discards at most {@code server.tomcat.max-swallow-size} (2 MB)
 * of it and then closes the connection, so nothing is written to disk and nothing much is read.
 */
final class MultipartGate extends OncePerRequestFilter {

    private final long maxRequestBytes;
    private final AuthenticationEntryPoint signIn;

    /**
     * @param maxRequestBytes the largest upload accepted, in bytes; -1 for no limit
     * @param signIn how the chain asks an unknown caller to sign in (HTTP Basic's 401, or the sign-in page)
     */
    MultipartGate(long maxRequestBytes, AuthenticationEntryPoint signIn) {
        this.maxRequestBytes = maxRequestBytes;
        this.signIn = signIn;
    }

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!signedIn()) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
            signIn.commence(request, response, new InsufficientAuthenticationException("Sign in to upload files."));
            return;
        }
        long length = request.getContentLengthLong();
        if (maxRequestBytes >= 0 && length > maxRequestBytes) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
            response.sendError(
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "The upload is " + length + " bytes; the limit is " + maxRequestBytes
                            + " bytes (spring.servlet.multipart.max-request-size).");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
