package org.oversight.accounts.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.oversight.accounts.AdminAccess;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.BoardMemberAccess;
import org.oversight.accounts.LeadOfficerAccess;
import org.oversight.accounts.PublicAccess;
import org.oversight.accounts.Role;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.method.HandlerMethod;

/**
 * Who may call each operation, in the OpenAPI description, read from the access rule on its handler
 * (the same rule method security enforces): the HTTP Basic scheme ({@value #SCHEME}) as a security
 * requirement of every operation that is not public, the 401 (and, when some accounts lack the
 * role, 403) it answers, and a line saying who may call it.
 */
@Configuration(proxyBeanMethods = false)
class ApiAccessDocumentation {

    static final String SCHEME = "basicAuth";
    static final String ERROR = "Error";

    /** The access rule of a handler: public, or the role it needs. */
    record Rule(Optional<Role> role) {

        static Optional<Rule> of(HandlerMethod handler) {
            return of(handler.getMethod()).or(() -> of(handler.getBeanType()));
        }

        private static Optional<Rule> of(java.lang.reflect.AnnotatedElement element) {
            if (has(element, PublicAccess.class)) {
                return Optional.of(new Rule(Optional.empty()));
            }
            if (has(element, AdminAccess.class)) {
                return Optional.of(new Rule(Optional.of(Role.ADMIN)));
            }
            if (has(element, AnalystAccess.class)) {
                return Optional.of(new Rule(Optional.of(Role.ANALYST)));
            }
            if (has(element, BoardMemberAccess.class)) {
                return Optional.of(new Rule(Optional.of(Role.BOARD_MEMBER)));
            }
            if (has(element, LeadOfficerAccess.class)) {
                return Optional.of(new Rule(Optional.of(Role.LEAD_OFFICER)));
            }
            return Optional.empty();
        }

        private static boolean has(java.lang.reflect.AnnotatedElement element, Class<? extends Annotation> rule) {
            return AnnotatedElementUtils.hasAnnotation(element, rule);
        }
    }

    @Bean
    OpenApiCustomizer basicAuthScheme() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents()
                    .addSecuritySchemes(
                            SCHEME,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("basic")
                                    .description("An Oversight account's user name and password, sent with"
                                            + " every call (there are no sessions)."))
                    .addSchemas(ERROR, error());
        };
    }

    @Bean
    OperationCustomizer accessRules(RoleHierarchy roles) {
        return (operation, handler) -> {
            Rule.of(handler).ifPresent(rule -> document(operation, rule, roles));
            return operation;
        };
    }

    private static void document(Operation operation, Rule rule, RoleHierarchy roles) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        if (rule.role().isEmpty()) {
            describe(operation, "**Public**: no credentials needed.");
            operation
                    .getResponses()
                    .addApiResponse(
                            "401", errorResponse("Credentials were sent and are wrong (none are needed here)."));
            return;
        }
        Role role = rule.role().get();
        List<Role> allowed =
                Arrays.stream(Role.values()).filter(r -> holds(roles, r, role)).toList();
        describe(
                operation,
                "**Needs an account**: "
                        + String.join(" or ", allowed.stream().map(Role::code).toList())
                        + ", with HTTP Basic credentials.");
        operation.addSecurityItem(new SecurityRequirement().addList(SCHEME));
        operation.getResponses().addApiResponse("401", errorResponse("No credentials, or wrong ones (HTTP Basic)."));
        if (allowed.size() < Role.values().length) {
            operation
                    .getResponses()
                    .addApiResponse(
                            "403", errorResponse("The account's role may not do this; it needs " + role.code() + "."));
        }
    }

    /** Whether an account with {@code role} holds {@code needed} (an admin holds the analyst's role). */
    private static boolean holds(RoleHierarchy roles, Role role, Role needed) {
        return roles.getReachableGrantedAuthorities(List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))).stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + needed.name())::equals);
    }

    private static void describe(Operation operation, String access) {
        operation.setDescription(
                operation.getDescription() == null ? access : operation.getDescription() + "\n\n" + access);
    }

    private static ApiResponse errorResponse(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR))));
    }

    /** The web server's error document, which the sign-in filters answer with (not a problem detail). */
    private static Schema<?> error() {
        return new ObjectSchema()
                .description("The web server's error document")
                .addProperty("timestamp", new StringSchema().format("date-time"))
                .addProperty("status", new IntegerSchema().example(401))
                .addProperty("error", new StringSchema().example("Unauthorized"))
                .addProperty("path", new StringSchema().example("/api/v1/police-data/batches"));
    }
}
