package org.oversight.plan.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.oversight.plan.PlanAnchors;
import org.oversight.plan.domain.Commitment;
import org.oversight.plan.domain.Measure;
import org.oversight.plan.domain.MeasureLinks;
import org.oversight.plan.domain.Objective;
import org.oversight.plan.domain.Plan;
import org.oversight.plan.domain.PlanVersion;

/** What the plan pages show, built from the aggregate. Fields the plan leaves empty are left out. */
final class PlanViews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PlanViews() {}

    record VersionView(
            String planKey,
            String planTitle,
            String heading,
            String force,
            String issuedBy,
            String label,
            String issuedOn,
            String variationOf,
            String note,
            int lock,
            String updatedBy,
            List<SectionView> sections,
            List<String> leads,
            String lead,
            int commitments,
            int measures) {}

    /** Consecutive objectives under one heading; {@code anchor} is the heading's id for the contents list. */
    record SectionView(String title, String anchor, List<ObjectiveView> objectives) {}

    /**
     * An objective; its commitments come in groups under the sub-headings the plan lists them under.
     * {@code showLeads} and {@code showCadence} say whether any commitment has a lead or a reporting
     * cadence, so that what nobody fills is left out.
     */
    record ObjectiveView(
            int position,
            String anchor,
            String number,
            String title,
            String description,
            String reasonsForChange,
            List<CommitmentGroup> commitmentGroups,
            List<MeasureView> measures,
            boolean showLeads,
            boolean showCadence) {

        public boolean hasCommitments() {
            return !commitmentGroups.isEmpty();
        }
    }

    /** Consecutive commitments under one sub-heading ({@code heading} null when the plan gives none). */
    record CommitmentGroup(String heading, List<CommitmentView> commitments) {}

    record CommitmentView(
            int position, String anchor, String text, String leads, String cadence, String start, String due) {}

    record MeasureView(
            int position,
            String anchor,
            String heading,
            String text,
            String direction,
            String unit,
            String target,
            List<String> targetNotes,
            String leads,
            List<MeasureLinks.Link> links) {}

    static VersionView version(Plan plan, PlanVersion version, String lead, MeasureLinks links) {
        // Consecutive objectives under the same heading form a section, in the plan's order.
        List<SectionView> sectionViews = new ArrayList<>();
        int commitments = 0;
        int measures = 0;
        for (int o = 0; o < version.objectives().size(); o++) {
            Objective objective = version.objectives().get(o);
            int position = o + 1;
            List<CommitmentGroup> commitmentGroups = commitments(objective, position, lead);
            List<CommitmentView> commitmentViews = commitmentGroups.stream()
                    .flatMap(group -> group.commitments().stream())
                    .toList();
            List<MeasureView> measureViews = measures(plan, version, objective, position, lead, links);
            commitments += commitmentViews.size();
            measures += measureViews.size();
            if (lead != null && commitmentViews.isEmpty() && measureViews.isEmpty()) {
                continue;
            }
            String section = Objects.requireNonNullElse(objective.section(), "");
            if (sectionViews.isEmpty()
                    || !sectionViews.get(sectionViews.size() - 1).title().equals(section)) {
                sectionViews.add(new SectionView(section, "section-" + (sectionViews.size() + 1), new ArrayList<>()));
            }
            sectionViews
                    .get(sectionViews.size() - 1)
                    .objectives()
                    .add(new ObjectiveView(
                            position,
                            PlanAnchors.objective(objective.number(), position),
                            objective.number(),
                            objective.title(),
                            objective.description(),
                            objective.reasonsForChange(),
                            commitmentGroups,
                            measureViews,
                            commitmentViews.stream().anyMatch(c -> c.leads() != null),
                            commitmentViews.stream().anyMatch(c -> c.cadence() != null)));
        }
        return new VersionView(
                plan.key(),
                plan.title(),
                plan.titleWithVersion(version.label()),
                plan.force(),
                plan.issuedBy(),
                version.label(),
                day(version.issuedOn()),
                version.variationOf(),
                version.note(),
                version.version(),
                version.updatedBy(),
                sectionViews,
                leads(version),
                lead,
                commitments,
                measures);
    }

    private static List<CommitmentGroup> commitments(Objective objective, int objectivePosition, String lead) {
        List<CommitmentGroup> groups = new ArrayList<>();
        for (int c = 0; c < objective.commitments().size(); c++) {
            Commitment commitment = objective.commitments().get(c);
            if (lead != null && !commitment.leads().contains(lead)) {
                continue;
            }
            String heading = commitment.heading();
            if (groups.isEmpty()
                    || !Objects.equals(groups.get(groups.size() - 1).heading(), heading)) {
                groups.add(new CommitmentGroup(heading, new ArrayList<>()));
            }
            groups.get(groups.size() - 1)
                    .commitments()
                    .add(new CommitmentView(
                            c + 1,
                            PlanAnchors.commitment(commitment.ref(), objective.number(), objectivePosition, c + 1),
                            commitment.text(),
                            commitment.leads().isEmpty() ? null : String.join(", ", commitment.leads()),
                            commitment.cadence() == null
                                    ? null
                                    : commitment.cadence().words(),
                            day(commitment.startOn()),
                            day(commitment.dueOn())));
        }
        return groups;
    }

    private static List<MeasureView> measures(
            Plan plan,
            PlanVersion version,
            Objective objective,
            int objectivePosition,
            String lead,
            MeasureLinks links) {
        List<MeasureView> views = new ArrayList<>();
        for (int m = 0; m < objective.measures().size(); m++) {
            Measure measure = objective.measures().get(m);
            if (lead != null && !measure.leads().contains(lead)) {
                continue;
            }
            views.add(new MeasureView(
                    m + 1,
                    PlanAnchors.measure(measure.ref(), objective.number(), objectivePosition, m + 1),
                    measure.heading(),
                    measure.text(),
                    switch (measure.direction()) {
                        case INCREASE -> "Higher is better";
                        case DECREASE -> "Lower is better";
                        case NEUTRAL -> "No preferred direction";
                    },
                    measure.unit() == null ? null : measure.unit().code().replace('-', ' '),
                    measure.target().words(measure.unit()),
                    measure.targetNotes(),
                    measure.leads().isEmpty() ? null : String.join(", ", measure.leads()),
                    links.of(plan.key(), version.label(), objective.number(), measure.ref())));
        }
        return views;
    }

    static List<String> leads(PlanVersion version) {
        TreeSet<String> leads = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Objective objective : version.objectives()) {
            objective.commitments().forEach(c -> leads.addAll(c.leads()));
            objective.measures().forEach(m -> leads.addAll(m.leads()));
        }
        return List.copyOf(leads);
    }

    static String day(LocalDate date) {
        return date == null ? null : date.format(DAY);
    }
}
