package org.oversight.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Believes a reverse proxy about the client it forwards a request for, and only a proxy named in
 * {@code oversight.web.trusted-proxies}. Anyone can send {@code X-Forwarded-For}; believing it from
 * anyone would let a password guesser change address at every attempt and escape the sign-in
 * throttle. So the headers are ignored unless the request comes from a trusted proxy; then the
 * client is the nearest address in {@code X-Forwarded-For} that is not itself a trusted proxy
 * (read from the right: the left part is what the client itself sent), and {@code X-Forwarded-Proto}
 * (the nearest proxy's) says whether the client used HTTPS.
 */
public final class ForwardedClientFilter extends OncePerRequestFilter {

    private final TrustedProxies proxies;

    public ForwardedClientFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (proxies.isEmpty() || !proxies.contains(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new Forwarded(request, client(request), scheme(request)), response);
    }

    private String client(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        String client = request.getRemoteAddr();
        for (int i = hops.size() - 1; i >= 0; i--) {
            var address = TrustedProxies.address(hops.get(i));
            if (address.isEmpty()) {
                break;
            }
            client = address.get().getHostAddress();
            if (!proxies.contains(client)) {
                break;
            }
        }
        return client;
    }

    private static String scheme(HttpServletRequest request) {
        List<String> values = Collections.list(request.getHeaders("X-Forwarded-Proto"));
        if (values.isEmpty()) {
            return request.getScheme();
        }
        String[] last = values.get(values.size() - 1).split(",");
        String scheme = last[last.length - 1].strip().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || scheme.equals("http") ? scheme : request.getScheme();
    }

    private static final class Forwarded extends HttpServletRequestWrapper {
        private final String client;
        private final String scheme;

        Forwarded(HttpServletRequest request, String client, String scheme) {
            super(request);
            this.client = client;
            this.scheme = scheme;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return scheme.equals("https");
        }
    }
}
