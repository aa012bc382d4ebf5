package org.oversight.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Forwarding headers are believed only from the proxies {@code oversight.web.trusted-proxies}
 * names, and then only as far as the nearest address that is not a trusted proxy.
 */
class ForwardedClientFilterTest {

    private static HttpServletRequest seenBy(List<String> trusted, MockHttpServletRequest request) throws Exception {
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        new ForwardedClientFilter(TrustedProxies.of(trusted))
                .doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
        return seen.get();
    }

    private static MockHttpServletRequest from(String peer, String... forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/sign-in");
        request.setRemoteAddr(peer);
        for (String value : forwardedFor) {
            request.addHeader("X-Forwarded-For", value);
        }
        return request;
    }

    @Test
    void withNoTrustedProxyTheHeadersAreIgnored() throws Exception {
        MockHttpServletRequest request = from("127.0.0.1", "203.0.113.7");
        request.addHeader("X-Forwarded-Proto", "https");

        HttpServletRequest seen = seenBy(List.of(), request);

        assertThat(seen.getRemoteAddr()).isEqualTo("127.0.0.1");
        assertThat(seen.isSecure()).isFalse();
    }

    @Test
    void aTrustedProxyNamesTheClient() throws Exception {
        MockHttpServletRequest request = from("10.0.0.5", "203.0.113.7");
        request.addHeader("X-Forwarded-Proto", "https");

        HttpServletRequest seen = seenBy(List.of("10.0.0.0/24"), request);

        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.7");
        assertThat(seen.getScheme()).isEqualTo("https");
        assertThat(seen.isSecure()).isTrue();
    }

    @Test
    void aClientThatIsNotATrustedProxyCannotNameAnotherClient() throws Exception {
        HttpServletRequest seen = seenBy(List.of("10.0.0.0/24"), from("10.0.1.5", "203.0.113.7"));

        assertThat(seen.getRemoteAddr()).isEqualTo("10.0.1.5");
    }

    @Test
    void whatTheClientPutInTheHeaderItselfIsNotBelieved() throws Exception {
        // The client sent "X-Forwarded-For: 198.51.100.1"; the proxy appended the address it saw.
        HttpServletRequest seen = seenBy(List.of("10.0.0.5"), from("10.0.0.5", "198.51.100.1, 203.0.113.7"));

        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.7");
    }

    @Test
    void aChainOfTrustedProxiesIsFollowedToTheFirstAddressThatIsNotOne() throws Exception {
        HttpServletRequest seen =
                seenBy(List.of("10.0.0.0/8", "fd00::/8"), from("10.0.0.5", "203.0.113.7, [fd00::1]:443", "10.1.2.3"));

        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.7");
    }

    @Test
    void aHeaderThatIsNotAnAddressLeavesTheProxyAsTheClient() throws Exception {
        HttpServletRequest seen = seenBy(List.of("10.0.0.5"), from("10.0.0.5", "evil.example"));

        assertThat(seen.getRemoteAddr()).isEqualTo("10.0.0.5");
    }

    @Test
    void rangesMatchByTheirPrefixForIpv4AndIpv6() {
        TrustedProxies proxies = TrustedProxies.of(List.of("172.16.0.0/12", "2001:db8::/32", "192.0.2.1"));

        assertThat(proxies.contains("172.31.255.255")).isTrue();
        assertThat(proxies.contains("172.32.0.1")).isFalse();
        assertThat(proxies.contains("2001:db8:0:0:0:0:0:1")).isTrue();
        assertThat(proxies.contains("2001:db9::1")).isFalse();
        assertThat(proxies.contains("192.0.2.1")).isTrue();
        assertThat(proxies.contains("192.0.2.2")).isFalse();
        assertThat(proxies.contains("localhost")).as("never a host name").isFalse();
    }

    @Test
    void aSettingThatIsNotAnAddressOrRangeIsRefusedNamingIt() {
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/8", "proxy.example")))
                .hasMessage("oversight.web.trusted-proxies: 'proxy.example' is not an IP address or a CIDR range");
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33")))
                .hasMessage("oversight.web.trusted-proxies: '10.0.0.0/33' has a prefix length outside 0 to 32");
    }
}
