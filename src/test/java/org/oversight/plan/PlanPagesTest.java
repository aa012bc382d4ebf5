package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The plan pages a newcomer meets: what they show, what they leave out, and where they link. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanPagesTest {

    static final String PLAN_2014_15 = "/plans/wm-police-and-crime-plan/versions/2014-15";
    static final String PLAN_2013_14 = "/plans/wm-police-and-crime-plan/versions/2013-14";
    static final String PLAN_2021_25 = "/plans/wm-police-and-crime-plan-2021-2025/versions/2021-2025";
    static final String PLAN_2008_11 = "/plans/wm-strategic-policing-plan-2008-2011/versions/2008-2011";

    @Autowired
    MockMvc mvc;

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String page(String path) throws Exception {
        return page(get(path));
    }

    private static List<String> all(String pattern, String html) {
        Matcher matcher = Pattern.compile(pattern, Pattern.DOTALL).matcher(html);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
        }
        return found;
    }

    private static String text(String html) {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " "))
                .replaceAll("\\s+", " ");
    }

    @Test
    void theLongPlanHasAContentsListBySectionAndObjective() throws Exception {
        String html = page(PLAN_2021_25);

        String contents =
                all("<nav [^>]*id=\"contents\"[^>]*>(.*?)</nav>", html).get(0);
        assertThat(text(contents))
                .contains("Contents", "Rebuilding community policing", "Preventing and reducing crime");
        List<String> objectiveLinks = all("href=\"#(objective-[^\"]+)\"", contents);
        assertThat(objectiveLinks).hasSize(42).startsWith("objective-1", "objective-2");
        assertThat(all("<section [^>]*id=\"(objective-[^\"]+)\"", html)).isEqualTo(objectiveLinks);
        List<String> sectionLinks = all("href=\"#(section-\\d+)\"", contents);
        assertThat(sectionLinks).isNotEmpty();
        assertThat(all("<h2 [^>]*id=\"(section-\\d+)\"", html)).containsAll(sectionLinks);
        assertThat(text(contents))
                .as("a section that is one objective of the same name is listed once")
                .containsOnlyOnce("Police Collaboration");
    }

    @Test
    void fieldsThePlanLeavesEmptyAreLeftOut() throws Exception {
        for (String plan : List.of(PLAN_2021_25, PLAN_2014_15, PLAN_2013_14, PLAN_2008_11)) {
            assertThat(page(plan)).as(plan).doesNotContain("Not stated");
        }
        String rebuilding = all("<section [^>]*id=\"objective-1\"[^>]*>(.*?)</section>", page(PLAN_2021_25))
                .get(0);
        assertThat(rebuilding)
                .as("an objective whose commitments name no lead or cadence has no such columns")
                .doesNotContain(">Lead<")
                .doesNotContain(">Reports<");
        String confidence = all("<section [^>]*id=\"objective-4.1\"[^>]*>(.*?)</section>", page(PLAN_2014_15))
                .get(0);
        assertThat(confidence).contains(">Lead<", ">Reports<", "6 monthly");
    }

    @Test
    void aSubHeadingIsShownOnceAboveTheCommitmentsItGroups() throws Exception {
        String html = page(PLAN_2021_25);

        assertThat(all("<th scope=\"colgroup\"[^>]*>(Public affairs)</th>", html))
                .hasSize(1);
        assertThat(all("<tr [^>]*class=\"govuk-table__row commitment\"[^>]*id=\"(commitment-41-[^\"]+)\"", html))
                .contains("commitment-41-27", "commitment-41-28");
    }

    @Test
    void titlesCaptionsAndBreadcrumbsNameTheVersionOnce() throws Exception {
        String plan = page(PLAN_2021_25);
        assertThat(all("<title>(.*?)</title>", plan))
                .singleElement()
                .isEqualTo("West Midlands Police and Crime Plan, 2021-2025 – Oversight");
        assertThat(all("<h1[^>]*>(.*?)</h1>", plan)).containsExactly("West Midlands Police and Crime Plan, 2021-2025");
        assertThat(all("<title>(.*?)</title>", page(PLAN_2014_15)))
                .containsExactly("Police and Crime Plan 2014-15 – Oversight");
        assertThat(all("<title>(.*?)</title>", page(PLAN_2008_11)))
                .containsExactly("Strategic Policing Plan 2008–2011 – Oversight");

        String objectiveForm =
                page(get(PLAN_2021_25 + "/objectives/1").with(user("ana").roles("ANALYST")));
        assertThat(all("<span class=\"govuk-caption-l\">(.*?)</span>", objectiveForm))
                .containsExactly("West Midlands Police and Crime Plan, 2021-2025");

        String overview = page("/performance/plans/wm-police-and-crime-plan-2021-2025/versions/2021-2025");
        String measure =
                page("/performance/plans/wm-police-and-crime-plan-2021-2025/versions/2021-2025/measures/1/1-m1");
        for (String html : List.of(plan, objectiveForm, overview, measure)) {
            String head = all("<title>(.*?)</title>", html).get(0);
            String breadcrumbs = all("<nav class=\"govuk-breadcrumbs\"[^>]*>(.*?)</nav>", html).stream()
                    .findFirst()
                    .orElse("");
            String captions = String.join(" | ", all("<span class=\"govuk-caption-l\">(.*?)</span>", html));
            for (String place : List.of(head, text(breadcrumbs), captions)) {
                assertThat(place).doesNotContain("2021-2025 2021-2025");
            }
        }
        assertThat(overview)
                .contains("<title>Performance: West Midlands Police and Crime Plan, 2021-2025 – Oversight</title>");
        assertThat(text(all("<nav class=\"govuk-breadcrumbs\"[^>]*>(.*?)</nav>", measure)
                        .get(0)))
                .contains("West Midlands Police and Crime Plan, 2021-2025")
                .doesNotContain("2021-2025 2021-2025");
    }

    @Test
    void everyObjectiveAndMeasureHasAStableAnchorNamedByItsNumberAndRef() throws Exception {
        String html = page(PLAN_2014_15);

        assertThat(html).contains("id=\"objective-4.6\"", "id=\"measure-4.6-m3\"", "id=\"commitment-4.1-1\"");
        assertThat(page(PLAN_2008_11)).contains("id=\"measure-pi-1\"");
    }

    @Test
    void eachMeasureThePerformancePagesLinkGetsAPerformanceLinkThatWorks() throws Exception {
        String html = page(PLAN_2014_15);
        String burglary =
                all("<tr [^>]*id=\"measure-4.6-m3\"[^>]*>(.*?)</tr>", html).get(0);

        List<String> links = all("<a class=\"govuk-link govuk-body-s measure-link\" href=\"([^\"]+)\"", burglary);
        assertThat(links)
                .containsExactly("/performance/plans/wm-police-and-crime-plan/versions/2014-15/measures/4.6/4.6-m3");
        assertThat(all("measure-link\"[^>]*>(.*?)</a>", burglary))
                .singleElement()
                .asString()
                .contains("Performance<", "visually-hidden", ": Reduce burglary by 2 per cent");
        page(links.get(0));
        assertThat(all("class=\"govuk-link govuk-body-s measure-link\"", html))
                .as("every measure of the 2014-15 version is in the indicator catalogue")
                .hasSize(all("<tr class=\"govuk-table__row measure\"", html).size());
        String plan2021 = page(PLAN_2021_25);
        assertThat(plan2021)
                .contains(
                        "href=\"/performance/plans/wm-police-and-crime-plan-2021-2025/versions/2021-2025/measures/30/30-m2\"");
    }

    @Test
    void targetsThatAreNotAllThePlansOwnWordsSaySoBesideTheTarget() throws Exception {
        String burglary2013 = all("<tr [^>]*id=\"measure-4.6-m3\"[^>]*>(.*?)</tr>", page(PLAN_2013_14))
                .get(0);
        assertThat(text(burglary2013))
                .contains(
                        "Reduce by 8% compared with 2012/13 (2013/14)",
                        "Baseline inferred, not stated in the plan: The 2013-14 column of the summary of variations"
                                + " states only the reduction");
        String cadets = all("<tr [^>]*id=\"measure-11-m1\"[^>]*>(.*?)</tr>", page(PLAN_2021_25))
                .get(0);
        assertThat(text(cadets))
                .contains(
                        "Reach 750", "Target taken from the plan's commitment text, not from this measure's own words");
        String burglary2014 = all("<tr [^>]*id=\"measure-4.6-m3\"[^>]*>(.*?)</tr>", page(PLAN_2014_15))
                .get(0);
        assertThat(burglary2014).doesNotContain("inferred");
        assertThat(text(page("/performance/plans/wm-police-and-crime-plan/versions/2013-14/measures/4.6/4.6-m3")))
                .as("the performance page shows the target with its note too")
                .contains("Reduce by 8% compared with 2012/13 (2013/14) (Baseline inferred, not stated in the plan:");
    }

    @Test
    void theSummaryOfVariationsShowsEachObjectivesReasonsForChange() throws Exception {
        String html = page("/plans/wm-police-and-crime-plan/compare?from=2013-14&to=2014-15");

        List<String> objectives = all("<section class=\"[^\"]*variation-objective[^\"]*\"[^>]*>(.*?)</section>", html);
        assertThat(objectives).hasSize(10);
        assertThat(text(objectives.get(0)))
                .contains(
                        "Reasons for change",
                        "The deliverables and milestones have been revised to reflect public consultations and national"
                                + " concerns that have emerged around the integrity of incidents reported as crimes.");
        assertThat(objectives).allSatisfy(objective -> assertThat(objective).contains("Reasons for change"));
    }
}
