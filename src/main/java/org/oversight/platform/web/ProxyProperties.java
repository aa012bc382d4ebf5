package org.oversight.platform.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reverse proxies in front of Oversight, if any (see {@link ForwardedClientFilter}).
 *
 * @param trustedProxies addresses or CIDR ranges (IPv4 or IPv6) of the proxies whose
 *     {@code X-Forwarded-For} and {@code X-Forwarded-Proto} headers are believed; empty (the
 *     default): those headers are ignored
 */
@ConfigurationProperties("oversight.web")
public record ProxyProperties(List<String> trustedProxies) {}
