package org.oversight.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses a request body larger than its endpoint needs ({@link RequestLimitProperties}), before
 * anything reads it and before sign-in is checked: a declared length over the limit gets 413 at once;
 * a body sent in chunks, without a length, is counted as it is read and stopped with 413 at the
 * limit. Forms and multipart bodies are read by the servlet container itself, past any counting, so
 * they must declare their length (browsers always do): without it they get 411. Police data
 * uploads are left to {@code spring.servlet.multipart}'s limits.
 */
final class BodySizeLimit extends OncePerRequestFilter {

    private record Limit(PathPattern path, long bytes) {}

    private final long defaultLimit;
    private final List<Limit> limits;
    private final List<PathPattern> uploads;

    BodySizeLimit(RequestLimitProperties properties) {
        this.defaultLimit = properties.body().toBytes();
        this.limits = properties.bodies().entrySet().stream()
                .map(entry -> new Limit(parse(entry.getKey()), entry.getValue().toBytes()))
                .toList();
        this.uploads = properties.uploads().stream().map(BodySizeLimit::parse).toList();
    }

    private static PathPattern parse(String pattern) {
        return PathPatternParser.defaultInstance.parse(pattern);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (uploads.stream().anyMatch(upload -> upload.matches(path))) {
            chain.doFilter(request, response);
            return;
        }
        long limit = limits.stream()
                .filter(l -> l.path().matches(path))
                .mapToLong(Limit::bytes)
                .findFirst()
                .orElse(defaultLimit);
        long length = request.getContentLengthLong();
        if (length > limit) {
            RequestRefusal.send(
                    request,
                    response,
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    tooLarge(limit) + " This one is " + String.format("%,d", length) + " bytes.");
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            if (readByContainer(request)) {
                RequestRefusal.send(
                        request,
                        response,
                        HttpStatus.LENGTH_REQUIRED,
                        "A form must be sent with its length (a Content-Length header), as browsers send it.");
                return;
            }
            chain.doFilter(new CountedBody(request, limit, tooLarge(limit)), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String tooLarge(long limit) {
        return "The body of a request to this address may be at most " + size(limit) + ".";
    }

    /** 262144 as 256 KB, 1048576 as 1 MB, 1000 as 1,000 bytes. */
    static String size(long bytes) {
        DataSize size = DataSize.ofBytes(bytes);
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return size.toKilobytes() + " KB";
        }
        return String.format("%,d bytes", bytes);
    }

    /** Bodies Tomcat reads for itself (form fields, multipart parts), not through {@link CountedBody}. */
    private static boolean readByContainer(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return MediaType.APPLICATION_FORM_URLENCODED.includes(media)
                    || "multipart".equalsIgnoreCase(media.getType());
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            return false;
        }
    }

    /** Stops reading a body at the limit: 413 for whoever reads it (a page or endpoint, through Spring). */
    static final class BodyTooLarge extends ResponseStatusException {
        private static final long serialVersionUID = 1L;

        BodyTooLarge(String detail) {
            super(HttpStatus.PAYLOAD_TOO_LARGE, detail);
        }
    }

    /** The request with its body counted as it is read. */
    private static final class CountedBody extends HttpServletRequestWrapper {
        private final long limit;
        private final String detail;
        private ServletInputStream stream;

        CountedBody(HttpServletRequest request, long limit, String detail) {
            super(request);
            this.limit = limit;
            this.detail = detail;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountedStream(super.getInputStream(), limit, detail);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountedStream extends ServletInputStream {
        private final ServletInputStream body;
        private final long limit;
        private final String detail;
        private long read;

        CountedStream(ServletInputStream body, long limit, String detail) {
            this.body = body;
            this.limit = limit;
            this.detail = detail;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(detail);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
