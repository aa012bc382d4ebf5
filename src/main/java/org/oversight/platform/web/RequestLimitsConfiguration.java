package org.oversight.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What every request goes through before it reaches a page or endpoint, and how a refused one is
 * answered (ADR 0010): body sizes, control characters, problem documents for the API.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class RequestLimitsConfiguration {

    /** First, before sign-in is checked: a body too large is refused before anything reads it. */
    static final int BODY_SIZE_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    /** Then the parameters, which for a form means reading its (size-checked) body. */
    static final int CONTROL_CHARACTER_ORDER = BODY_SIZE_ORDER + 1;

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(RequestLimitProperties limits) {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(new BodySizeLimit(limits));
        registration.setOrder(BODY_SIZE_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ControlCharacterCheck> controlCharacterCheck() {
        FilterRegistrationBean<ControlCharacterCheck> registration =
                new FilterRegistrationBean<>(new ControlCharacterCheck());
        registration.setOrder(CONTROL_CHARACTER_ORDER);
        return registration;
    }

    @Bean
    ErrorDetails errorAttributes() {
        return new ErrorDetails();
    }

    @Bean
    ProblemErrorController errorController(
            ErrorAttributes errorAttributes, ServerProperties server, ObjectProvider<ErrorViewResolver> resolvers) {
        return new ProblemErrorController(
                errorAttributes, server.getError(), resolvers.orderedStream().toList());
    }
}
