package org.oversight.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** No parameter may hold a control character: PostgreSQL cannot store NUL, reports and logs break on the rest. */
class ControlCharacterCheckTest {

    private static MockHttpServletResponse get(String query, MockFilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/plans/wm-police-and-crime-plan/compare");
        request.setQueryString(query);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ControlCharacterCheck().doFilter(request, response, chain);
        return response;
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=%00", "to=2014%0015", "area=%1B%5B31m", "lead=%7F", "x%00=1"})
    void refusesAQueryParameterHoldingAControlCharacterWith400(String query) throws Exception {
        MockFilterChain chain = new MockFilterChain();

        MockHttpServletResponse response = get(query, chain);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void saysWhichParameterAndWhichCharacter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/plans/x/compare");
        request.setQueryString("from=2013-14&to=20%0014");

        new ControlCharacterCheck().doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(request.getAttribute(RequestRefusal.DETAIL))
                .isEqualTo("The parameter 'to' holds a control character (U+0000) at character 3 of its value; no"
                        + " value in Oversight may hold one.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"area=Impact%20Areas", "note=line%0Aanother%0D%0Aand%09tab", "x=%E2%82%AC", "bad=%zz"})
    void letsTabsLineBreaksAndEveryPrintableCharacterThrough(String query) throws Exception {
        MockFilterChain chain = new MockFilterChain();

        get(query, chain);

        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void checksTheFieldsOfAForm() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/plans/new");
        request.setContentType("application/x-www-form-urlencoded");
        request.addParameter("title", "Police and Crime Plan\u0000");
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        new ControlCharacterCheck().doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(400);
    }

    @Test
    void leavesTheBodyOfAMultipartUploadUnreadButChecksItsQuery() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/plans/import") {
            @Override
            public java.util.Map<String, String[]> getParameterMap() {
                throw new AssertionError("a multipart body must not be parsed before sign-in is checked");
            }
        };
        request.setContentType("multipart/form-data; boundary=x");
        request.setQueryString("fileName=ok");
        MockFilterChain chain = new MockFilterChain();

        new ControlCharacterCheck().doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }
}
