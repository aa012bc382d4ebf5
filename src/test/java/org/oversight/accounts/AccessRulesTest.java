package org.oversight.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every page and endpoint says who may use it, and the rules hold. */
@SpringBootTest
@AutoConfigureMockMvc
class AccessRulesTest {

    /** Handlers that are not ours: framework error pages and the OpenAPI description, public by design. */
    static final Set<String> FRAMEWORK_HANDLERS = Set.of(
            "org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController",
            "org.springdoc.webmvc.api.OpenApiWebMvcResource");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MockMvc mvc;

    @Test
    void everyHandlerDeclaresAnAccessRule() {
        List<String> withoutRule = mappings.getHandlerMethods().entrySet().stream()
                .filter(entry -> !FRAMEWORK_HANDLERS.contains(
                        entry.getValue().getBeanType().getName()))
                .filter(entry -> !hasRule(entry.getValue()))
                .map(entry -> entry.getKey() + " -> " + entry.getValue())
                .toList();
        assertThat(withoutRule)
                .as(
                        "handlers without an access rule (@PublicAccess, @BoardMemberAccess, @LeadOfficerAccess, @AnalystAccess,"
                                + " @AdminAccess or another @PreAuthorize)")
                .isEmpty();
        assertThat(mappings.getHandlerMethods()).hasSizeGreaterThan(10);
    }

    private static boolean hasRule(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
    }

    @Test
    void publishedPlansNeedNoSignIn() throws Exception {
        mvc.perform(get("/plans")).andExpect(status().isOk());
        mvc.perform(get("/plans/wm-police-and-crime-plan/versions/2014-15")).andExpect(status().isOk());
        mvc.perform(get("/plans/wm-police-and-crime-plan/compare")).andExpect(status().isOk());
    }

    @Test
    void anonymousVisitorsAreSentToSignInForAnythingThatChangesData() throws Exception {
        mvc.perform(get("/plans/new"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/sign-in"));
        mvc.perform(multipart("/plans/import").file("file", new byte[] {1}).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/sign-in"));
        mvc.perform(get("/plans/wm-police-and-crime-plan/versions/2014-15/objectives/1"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void analystsMayOpenTheEditingPages() throws Exception {
        mvc.perform(get("/plans/new").with(user("ana").roles("ANALYST"))).andExpect(status().isOk());
        mvc.perform(get("/plans/new").with(user("ada").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void boardMembersReadTheCyclesAndPlansButChangeNothing() throws Exception {
        var board = user("bea").roles("BOARD_MEMBER");
        mvc.perform(get("/cycles").with(board)).andExpect(status().isOk());
        mvc.perform(get("/plans/wm-police-and-crime-plan/versions/2014-15").with(board))
                .andExpect(status().isOk());
        mvc.perform(get("/cycles/new").with(board)).andExpect(status().isForbidden());
        mvc.perform(get("/plans/new").with(board)).andExpect(status().isForbidden());
        mvc.perform(get("/reminders").with(board)).andExpect(status().isForbidden());
        mvc.perform(get("/accounts").with(board)).andExpect(status().isForbidden());
    }

    @Test
    void leadOfficersSeeTheirOwnUpdatesAndNoAnalystOrBoardPage() throws Exception {
        var lead = user("leo").roles("LEAD_OFFICER");
        mvc.perform(get("/my-updates").with(lead)).andExpect(status().isOk());
        mvc.perform(get("/cycles").with(lead)).andExpect(status().isForbidden());
        mvc.perform(get("/plans/new").with(lead)).andExpect(status().isForbidden());
        mvc.perform(get("/police-data").with(lead)).andExpect(status().isForbidden());
    }

    @Test
    void analystsReadTheCyclesAsBoardMembersDoButHaveNoUpdatesOfTheirOwn() throws Exception {
        var analyst = user("ana").roles("ANALYST");
        mvc.perform(get("/cycles").with(analyst)).andExpect(status().isOk());
        mvc.perform(get("/cycles/new").with(analyst)).andExpect(status().isOk());
        mvc.perform(get("/my-updates").with(analyst)).andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToSignInForCyclesAndUpdatesButMayUseAResetLink() throws Exception {
        mvc.perform(get("/cycles")).andExpect(redirectedUrlPattern("**/sign-in"));
        mvc.perform(get("/my-updates")).andExpect(redirectedUrlPattern("**/sign-in"));
        mvc.perform(get("/accounts")).andExpect(redirectedUrlPattern("**/sign-in"));
        mvc.perform(get("/reset-password/not-a-real-token")).andExpect(status().isOk());
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/plans/new").with(user("ana").roles("ANALYST")).param("title", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryAContentSecurityPolicy() throws Exception {
        mvc.perform(get("/plans"))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")));
    }

    @Test
    void theApiAnswersUnauthorisedWithoutCredentials() throws Exception {
        mvc.perform(post("/api/v1/plans").contentType("application/yaml").content("format: x"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/plans")).andExpect(status().isOk());
    }
}
