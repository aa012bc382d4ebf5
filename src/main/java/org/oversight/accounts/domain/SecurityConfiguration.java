package org.oversight.accounts.domain;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may use what. Requests pass the filter chains; the rule for each page and endpoint is the
 * access annotation on its handler ({@code @PublicAccess}, {@code @BoardMemberAccess}, {@code @LeadOfficerAccess}, {@code @AnalystAccess},
 * {@code @AdminAccess}), enforced by method security. {@code AccessRulesTest} fails the build when a
 * handler has none. Browsers sign in with a form (session cookie, CSRF-protected); automation calls
 * {@code /api/**} with HTTP Basic and no session. Uploads from callers not signed in are refused
 * before their body is read ({@link MultipartGate}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    /** Session attribute holding the user name of the last failed sign-in. */
    public static final String LAST_USERNAME = "oversight.sign-in.username";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt (adaptive) by default, with the algorithm recorded in each hash so it can be raised later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_ANALYST\nROLE_ANALYST > ROLE_BOARD_MEMBER");
    }

    /** Publishes every refused sign-in (and each success) as Spring Security events, for the audit trail. */
    @Bean
    AuthenticationManager authenticationManager(
            UserAccounts accounts,
            PasswordEncoder passwordEncoder,
            SignInThrottle throttle,
            ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /** Filter chains exist only in the web application, not in the command line. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    static class WebSecurity {

        /**
         * {@code /actuator/health}: anyone learns whether Oversight is up; an admin (signed in, or
         * with HTTP Basic as a monitoring system would) also learns why not.
         */
        @Bean
        @Order(0)
        SecurityFilterChain actuator(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
            return http.securityMatcher("/actuator/**")
                    .authenticationManager(authenticationManager)
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .httpBasic(withDefaults())
                    .build();
        }

        @Bean
        @Order(1)
        SecurityFilterChain api(
                HttpSecurity http,
                AuthenticationManager authenticationManager,
                ObjectProvider<MultipartProperties> multipart)
                throws Exception {
            return http.securityMatcher("/api/**")
                    .authenticationManager(authenticationManager)
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .httpBasic(withDefaults())
                    // Uploads are refused once the caller is known and before their body is read.
                    .addFilterAfter(
                            new MultipartGate(maxUpload(multipart), basicChallenge()), BasicAuthenticationFilter.class)
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    // No cookies are used on /api/**: every call carries its credentials, so CSRF cannot apply.
                    .csrf(csrf -> csrf.disable())
                    .build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain web(
                HttpSecurity http,
                AuthenticationManager authenticationManager,
                ObjectProvider<MultipartProperties> multipart)
                throws Exception {
            ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler() {
                @Override
                public void onAuthenticationFailure(
                        jakarta.servlet.http.HttpServletRequest request,
                        jakarta.servlet.http.HttpServletResponse response,
                        org.springframework.security.core.AuthenticationException exception)
                        throws java.io.IOException, jakarta.servlet.ServletException {
                    // The sign-in page shows the user name again, as GOV.UK forms keep what was typed.
                    request.getSession().setAttribute(LAST_USERNAME, request.getParameter("username"));
                    super.onAuthenticationFailure(request, response, exception);
                }
            };
            failures.setDefaultFailureUrl("/sign-in?error");
            failures.setExceptionMappings(java.util.Map.of(LockedException.class.getName(), "/sign-in?locked"));
            return http.authenticationManager(authenticationManager)
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    // Uploads: the caller and size are checked, and the CSRF token read from the address,
                    // before a byte of the body is read.
                    .addFilterBefore(
                            new MultipartGate(maxUpload(multipart), new LoginUrlAuthenticationEntryPoint("/sign-in")),
                            CsrfFilter.class)
                    .csrf(csrf -> csrf.csrfTokenRequestHandler(new MultipartCsrfTokens()))
                    .formLogin(form -> form.loginPage("/sign-in")
                            .loginProcessingUrl("/sign-in")
                            .failureHandler(failures)
                            .defaultSuccessUrl("/", false))
                    .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signed-out"))
                    .headers(headers -> headers.contentSecurityPolicy(
                                    csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                            .referrerPolicy(
                                    referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                    .build();
        }

        /** HTTP Basic's challenge, as the API's filter chain answers a call without credentials. */
        private static BasicAuthenticationEntryPoint basicChallenge() {
            BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
            challenge.setRealmName("Realm");
            return challenge;
        }

        /** The upload limit in bytes (spring.servlet.multipart.max-request-size); -1 for none. */
        private static long maxUpload(ObjectProvider<MultipartProperties> multipart) {
            MultipartProperties properties = multipart.getIfAvailable();
            return properties == null || properties.getMaxRequestSize() == null
                    ? -1
                    : properties.getMaxRequestSize().toBytes();
        }
    }
}
