package org.oversight.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** Every request body is limited to what its endpoint needs, before anything reads it. */
class BodySizeLimitTest {

    private static final BodySizeLimit FILTER = new BodySizeLimit(limits());

    private static RequestLimitProperties limits() {
        Map<String, DataSize> bodies = new LinkedHashMap<>();
        bodies.put("/api/v1/spc", DataSize.ofMegabytes(1));
        bodies.put("/plans/import", DataSize.ofMegabytes(3));
        return new RequestLimitProperties(DataSize.ofKilobytes(256), bodies, List.of("/api/v1/police-data"));
    }

    private static MockHttpServletRequest post(String path, String contentType, byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType(contentType);
        request.setContent(body);
        return request;
    }

    /** The same body sent in chunks: no length is declared. */
    private static MockHttpServletRequest chunked(String path, String contentType, byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContentType(contentType);
        request.setContent(body);
        request.addHeader("Transfer-Encoding", "chunked");
        return request;
    }

    private static MockHttpServletResponse run(HttpServletRequest request, MockFilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FILTER.doFilter(request, response, chain);
        return response;
    }

    @Test
    void refusesADeclaredBodyOverTheDefaultLimitWith413BeforeReadingIt() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletRequest request =
                post("/plans/new", "application/x-www-form-urlencoded", new byte[256 * 1024 + 1]);

        MockHttpServletResponse response = run(request, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).as("the page is never reached").isNull();
        assertThat(request.getAttribute(RequestRefusal.DETAIL))
                .isEqualTo("The body of a request to this address may be at most 256 KB. This one is 262,145 bytes.");
    }

    @Test
    void lets256KilobytesThroughToAnyEndpoint() throws Exception {
        MockFilterChain chain = new MockFilterChain();

        MockHttpServletResponse response =
                run(post("/plans/new", "application/x-www-form-urlencoded", new byte[256 * 1024]), chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void givesEachConfiguredEndpointItsOwnLimit() throws Exception {
        assertThat(run(post("/api/v1/spc", "application/json", new byte[1024 * 1024]), new MockFilterChain())
                        .getStatus())
                .isEqualTo(200);
        assertThat(run(post("/api/v1/spc", "application/json", new byte[1024 * 1024 + 1]), new MockFilterChain())
                        .getStatus())
                .isEqualTo(413);
        assertThat(run(
                                post("/plans/import", "multipart/form-data; boundary=x", new byte[2 * 1024 * 1024]),
                                new MockFilterChain())
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void leavesPoliceDataUploadsToTheMultipartLimits() throws Exception {
        MockFilterChain chain = new MockFilterChain();

        MockHttpServletResponse response =
                run(post("/api/v1/police-data", "multipart/form-data; boundary=x", new byte[4 * 1024 * 1024]), chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void countsABodySentInChunksAsItIsReadAndStopsItAtTheLimit() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        run(chunked("/api/v1/spc", "application/json", new byte[1024 * 1024 + 10]), chain);

        var body = chain.getRequest().getInputStream();
        byte[] buffer = new byte[8192];
        assertThatThrownBy(() -> {
                    while (body.read(buffer, 0, buffer.length) >= 0) {
                        // reading until the limit stops it
                    }
                })
                .isInstanceOf(BodySizeLimit.BodyTooLarge.class)
                .hasMessageContaining("413")
                .hasMessageContaining("may be at most 1 MB");
    }

    @Test
    void readsAChunkedBodyUnderTheLimitWhole() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        run(chunked("/api/v1/spc", "application/json", "{\"direction\":\"increase\"}".getBytes()), chain);

        assertThat(new String(chain.getRequest().getInputStream().readAllBytes()))
                .isEqualTo("{\"direction\":\"increase\"}");
        assertThat(chain.getRequest().getReader()).isNotNull();
    }

    @Test
    void asksForTheLengthOfAFormSentInChunksWith411() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletRequest request =
                chunked("/plans/new", "application/x-www-form-urlencoded", "title=x".getBytes());

        MockHttpServletResponse response = run(request, chain);

        assertThat(response.getStatus()).isEqualTo(411);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void saysLimitsInTheUnitsTheyAreWrittenIn() throws IOException {
        assertThat(BodySizeLimit.size(256 * 1024)).isEqualTo("256 KB");
        assertThat(BodySizeLimit.size(3 * 1024 * 1024)).isEqualTo("3 MB");
        assertThat(BodySizeLimit.size(1000)).isEqualTo("1,000 bytes");
    }
}
