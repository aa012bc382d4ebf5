package org.oversight.platform.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link ForwardedClientFilter} before Spring Security, which reads the client's address. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ForwardedClientConfiguration {

    @Bean
    FilterRegistrationBean<ForwardedClientFilter> forwardedClientFilter(ProxyProperties properties) {
        FilterRegistrationBean<ForwardedClientFilter> registration =
                new FilterRegistrationBean<>(new ForwardedClientFilter(TrustedProxies.of(properties.trustedProxies())));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }
}
