package org.oversight.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Operation;
import org.junit.jupiter.api.Test;
import org.oversight.accounts.AdminAccess;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.PublicAccess;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.web.method.HandlerMethod;

/** Who may call an operation, as the OpenAPI description says it, from the handler's access rule. */
class ApiAccessDocumentationTest {

    @AnalystAccess
    static class Handlers {
        @PublicAccess
        public void open() {}

        public void forAnalysts() {}

        @AdminAccess
        public void forAdmins() {}
    }

    private static Operation documented(String method) throws NoSuchMethodException {
        HandlerMethod handler = new HandlerMethod(new Handlers(), Handlers.class.getMethod(method));
        return new ApiAccessDocumentation()
                .accessRules(
                        RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_ANALYST\nROLE_ANALYST > ROLE_BOARD_MEMBER"))
                .customize(new Operation().description("What it does."), handler);
    }

    @Test
    void aPublicOperationNeedsNoCredentialsAndRefusesOnlyWrongOnes() throws Exception {
        Operation operation = documented("open");

        assertThat(operation.getSecurity()).isNull();
        assertThat(operation.getResponses()).containsOnlyKeys("401");
        assertThat(operation.getDescription()).isEqualTo("What it does.\n\n**Public**: no credentials needed.");
    }

    @Test
    void anAnalystsOperationNeedsHttpBasicAndForbidsBoardMembersAndLeadOfficers() throws Exception {
        Operation operation = documented("forAnalysts");

        assertThat(operation.getSecurity()).hasSize(1);
        assertThat(operation.getSecurity().get(0)).containsKey(ApiAccessDocumentation.SCHEME);
        assertThat(operation.getResponses()).containsOnlyKeys("401", "403");
        assertThat(operation.getDescription())
                .endsWith("**Needs an account**: admin or analyst, with HTTP Basic credentials.");
    }

    @Test
    void anAdminsOperationForbidsAnalysts() throws Exception {
        Operation operation = documented("forAdmins");

        assertThat(operation.getSecurity()).hasSize(1);
        assertThat(operation.getResponses()).containsOnlyKeys("401", "403");
        assertThat(operation.getDescription()).endsWith("**Needs an account**: admin, with HTTP Basic credentials.");
    }
}
