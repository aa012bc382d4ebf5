package org.oversight.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The OpenAPI description of {@code /api/v1} (served at {@code /api/v1/openapi}): its title,
 * version and introduction, and the problem detail every error answered by the application is
 * written as. Each module tags and describes its own endpoints on its controllers; the accounts
 * module adds the HTTP Basic scheme and who may call each operation.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String TITLE = "Oversight API";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM = "Problem";

    static final String DESCRIPTION =
            """
            Oversight runs the Police and Crime Plan accountability cycle for the office of a Police \
            and Crime Commissioner. This API is for automation: read the plan register, import \
            data.police.uk files and manage their import batches, read performance against each \
            measure of a plan, and chart any series with statistical process control ("Making Data \
            Count").

            **Access.** Operations that change or reveal unpublished data need an Oversight account \
            (analyst or admin) sent with every call as HTTP Basic credentials (the `basicAuth` \
            scheme); there are no sessions or cookies. The others are public and need no credentials. \
            Each operation says which it is. Accounts are made with `./oversight users add`.

            **Errors** are problem details (RFC 9457, `application/problem+json`) with a `detail` \
            that says what is wrong, except 401 and 403, which are the web server's error document.
            """;

    @Bean
    OpenAPI oversightOpenApi(@Value("${oversight.version}") String version, ApiDocumentationProperties properties) {
        Info info = new Info().title(TITLE).version(version).description(DESCRIPTION);
        if (StringUtils.hasText(properties.contactName())
                || StringUtils.hasText(properties.contactEmail())
                || StringUtils.hasText(properties.contactUrl())) {
            info.contact(new Contact()
                    .name(properties.contactName())
                    .email(properties.contactEmail())
                    .url(properties.contactUrl()));
        }
        if (StringUtils.hasText(properties.licenceName())) {
            info.license(new License().name(properties.licenceName()).url(properties.licenceUrl()));
        }
        return new OpenAPI().info(info);
    }

    /**
     * Errors are declared on the controllers by status and description, without content
     * ({@code @ApiResponse(responseCode = "404", description = "…", content = @Content)}: springdoc
     * would otherwise give them the operation's own result); this gives each the problem detail the
     * application answers with. An error declared with content of its own keeps it.
     */
    @Bean
    OpenApiCustomizer errorsAreProblemDetails() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problem());
            openApi.getPaths().values().forEach(path -> path.readOperations()
                    .forEach(operation -> operation.getResponses().forEach((status, response) -> {
                        if (isError(status)
                                && (response.getContent() == null
                                        || response.getContent().isEmpty())) {
                            response.setContent(problemContent());
                        }
                    })));
        };
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    static Content problemContent() {
        return new Content()
                .addMediaType(
                        PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    /** A problem detail as Spring writes it (RFC 9457); some add fields, such as {@code problems}. */
    static Schema<?> problem() {
        Schema<?> problem = new ObjectSchema()
                .description("A problem detail (RFC 9457). Some add fields of their own, such as `problems`.")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description("A URI naming the kind of problem; about:blank when the status says it")
                                .example("about:blank"))
                .addProperty(
                        "title",
                        new StringSchema().description("The status in words").example("Not Found"))
                .addProperty(
                        "status",
                        new IntegerSchema().description("The HTTP status").example(404))
                .addProperty(
                        "detail",
                        new StringSchema()
                                .description("What is wrong, and where")
                                .example("There is no plan 'wm-plan'."))
                .addProperty(
                        "instance",
                        new StringSchema()
                                .format("uri")
                                .description("The path called")
                                .example("/api/v1/plans/wm-plan"));
        problem.setRequired(java.util.List.of("type", "title", "status"));
        return problem;
    }
}
