package org.oversight.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.accounts.PublicAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI description at {@code /api/v1/openapi}: named and versioned, every operation tagged,
 * summarised and with its errors, and the HTTP Basic requirement on exactly the operations whose
 * access rule is not public.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Value("${oversight.version}")
    String version;

    JsonNode document;

    record Operation(String method, String path, JsonNode node) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeEach
    void fetch() throws Exception {
        String json = mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        document = new ObjectMapper().readTree(json);
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue()
                .fields()
                .forEachRemaining(
                        method -> operations.add(new Operation(method.getKey(), path.getKey(), method.getValue()))));
        return operations;
    }

    @Test
    void namesTheApiWithTheProjectsVersion() {
        assertThat(document.at("/info/title").asText()).isEqualTo("Oversight API");
        assertThat(document.at("/info/version").asText()).isEqualTo(version).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(document.at("/info/description").asText()).contains("HTTP Basic", "application/problem+json");
    }

    @Test
    void declaresTheHttpBasicScheme() {
        JsonNode scheme = document.at("/components/securitySchemes/basicAuth");
        assertThat(scheme.get("type").asText()).isEqualTo("http");
        assertThat(scheme.get("scheme").asText()).isEqualTo("basic");
    }

    @Test
    void everyOperationHasATagASummaryAResultAndItsErrors() {
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThanOrEqualTo(10);
        for (Operation operation : operations) {
            JsonNode node = operation.node();
            assertThat(node.get("tags")).as("tags of %s", operation).isNotEmpty();
            assertThat(node.path("summary").asText())
                    .as("summary of %s", operation)
                    .isNotBlank();
            assertThat(node.path("description").asText())
                    .as("description of %s", operation)
                    .isNotBlank();
            List<String> statuses = new ArrayList<>();
            node.get("responses").fieldNames().forEachRemaining(statuses::add);
            assertThat(statuses).as("responses of %s", operation).anyMatch(code -> code.startsWith("2"));
            assertThat(statuses).as("errors of %s", operation).anyMatch(code -> code.startsWith("4"));
            node.get("responses").fields().forEachRemaining(response -> {
                if (!response.getKey().equals("204")) {
                    assertThat(response.getValue().path("content"))
                            .as("content of %s %s", operation, response.getKey())
                            .isNotEmpty();
                }
            });
        }
    }

    @Test
    void errorsAreProblemDetailsExceptTheSignInFilters() {
        JsonNode notFound = document.at("/paths/~1api~1v1~1plans~1{key}/get/responses/404/content");
        assertThat(notFound.at("/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.at("/components/schemas/Problem/properties/detail").isMissingNode())
                .isFalse();
        JsonNode refused = document.at("/paths/~1api~1v1~1police-data/post/responses/422/content");
        assertThat(refused.at("/application~1json/schema/$ref").asText())
                .as("a refused police data file answers the import summary")
                .isEqualTo("#/components/schemas/ImportSummary");
        JsonNode unauthorised = document.at("/paths/~1api~1v1~1police-data~1batches/get/responses/401/content");
        assertThat(unauthorised.at("/application~1json/schema/$ref").asText()).isEqualTo("#/components/schemas/Error");
    }

    @Test
    void exactlyTheOperationsThatAreNotPublicNeedHttpBasic() {
        for (Operation operation : operations()) {
            boolean isPublic = AnnotatedElementUtils.hasAnnotation(
                            handler(operation).getMethod(), PublicAccess.class)
                    || AnnotatedElementUtils.hasAnnotation(handler(operation).getBeanType(), PublicAccess.class);
            JsonNode security = operation.node().path("security");
            if (isPublic) {
                assertThat(security.isMissingNode())
                        .as("%s is public", operation)
                        .isTrue();
                assertThat(operation.node().get("description").asText()).contains("**Public**");
            } else {
                assertThat(security.findValues("basicAuth"))
                        .as("%s needs HTTP Basic", operation)
                        .hasSize(1);
                assertThat(operation.node().at("/responses/401").isMissingNode())
                        .isFalse();
                assertThat(operation.node().get("description").asText()).contains("**Needs an account**");
            }
        }
        assertThat(document.at("/paths/~1api~1v1~1spc/post/security").isMissingNode())
                .isTrue();
        assertThat(document.at("/paths/~1api~1v1~1performance~1plans~1{key}~1versions~1{label}/get/security")
                        .isMissingNode())
                .isTrue();
        assertThat(document.at("/paths/~1api~1v1~1police-data~1batches~1{id}/delete/security/0/basicAuth")
                        .isMissingNode())
                .isFalse();
    }

    /** The handler of a documented operation. */
    private HandlerMethod handler(Operation operation) {
        RequestMethod method = RequestMethod.valueOf(operation.method().toUpperCase(java.util.Locale.ROOT));
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (info.getMethodsCondition().getMethods().contains(method)
                    && info.getPatternValues().contains(operation.path())) {
                return entry.getValue();
            }
        }
        throw new AssertionError("no handler for " + operation);
    }
}
