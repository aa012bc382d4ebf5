package org.oversight.stopsearch;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.oversight.force.ForceApi;
import org.oversight.force.KnownForce;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.stopsearch.figures.DisproportionalityFigures;
import org.oversight.stopsearch.figures.ForcePopulation;
import org.oversight.stopsearch.figures.StopSearchReader;
import org.oversight.stopsearch.figures.SummaryFigures;
import org.springframework.stereotype.Service;

/**
 * Stop and search oversight figures for a force over a range of months: the summary the office
 * scrutinises and disproportionality by broad ethnic group. The work is done by {@code
 * stopsearch.figures}; every refusal ({@link StopSearchRefused}) says what is wrong.
 */
@Service
public class StopSearchApi {

    private final PoliceDataApi policeData;
    private final ForceApi forces;
    private final StopSearchReader reader;
    private final ForcePopulation population;
    private final org.oversight.performance.PeerGroups peerGroups;

    StopSearchApi(
            PoliceDataApi policeData,
            ForceApi forces,
            StopSearchReader reader,
            ForcePopulation population,
            org.oversight.performance.PeerGroups peerGroups) {
        this.policeData = policeData;
        this.peerGroups = peerGroups;
        this.forces = forces;
        this.reader = reader;
        this.population = population;
    }

    /** The force Oversight serves (its slug); empty until it is set. */
    public String configuredForce() {
        return forces.slug();
    }

    /** The forces whose stop and search files are imported, by slug. */
    public List<String> forces() {
        return policeData.stopSearchForces();
    }

    /** A force's name as data.police.uk writes it, or its slug when it is not on that list. */
    public String forceName(String force) {
        return forces.knownForces().stream()
                .filter(known -> known.slug().equals(force))
                .map(KnownForce::name)
                .findFirst()
                .orElse(force);
    }

    /** The months of the force's stop and search files, oldest first. */
    public List<YearMonth> months(String force) {
        return policeData.stopSearchMonths(force);
    }

    /** The summary counts; throws {@link StopSearchRefused} for an unknown force, months out of order or none imported. */
    public StopSearchSummary summary(String force, YearMonth from, YearMonth to) {
        check(force, from, to);
        return SummaryFigures.of(
                force, from, to, reader.searches(force, from, to), policeData.stopSearchDemonstration(force, from, to));
    }

    /**
     * Disproportionality on the basis asked for, with the given population or, when none is given,
     * the force area's imported population. Throws {@link StopSearchRefused} as {@link #summary} does,
     * and when no population is imported for the force and none is given.
     */
    public Disproportionality disproportionality(
            String force, YearMonth from, YearMonth to, EthnicityBasis basis, Optional<GroupPopulation> given) {
        check(force, from, to);
        GroupPopulation residents = given.or(() -> population.of(force))
                .orElseThrow(() -> new StopSearchRefused("No population is imported for " + force
                        + "'s force area: import one (./oversight population import --source \"ONS Census 2021,"
                        + " TS021\" FILE, by local authority or for the force area) or give --population FILE"
                        + " (a CSV ethnic_group,population)"));
        return DisproportionalityFigures.of(
                force,
                from,
                to,
                basis,
                reader.searches(force, from, to),
                residents,
                policeData.stopSearchDemonstration(force, from, to));
    }

    /**
     * The summary of each month from {@code from} to {@code to} that has a file (a month without one is
     * left out, never shown as 0), in month order.
     */
    public List<StopSearchSummary> monthly(String force, YearMonth from, YearMonth to) {
        check(force, from, to);
        List<StopSearchSummary> months = new java.util.ArrayList<>();
        for (YearMonth month : months(force)) {
            if (!month.isBefore(from) && !month.isAfter(to)) {
                months.add(SummaryFigures.of(
                        force,
                        month,
                        month,
                        reader.searches(force, month, month),
                        policeData.stopSearchDemonstration(force, month, month)));
            }
        }
        return months;
    }

    /**
     * The summary of each district the searches' coordinates place them in, by district name, with
     * the searches placed in none under the empty string.
     */
    public java.util.SortedMap<String, StopSearchSummary> districts(String force, YearMonth from, YearMonth to) {
        check(force, from, to);
        boolean demonstration = policeData.stopSearchDemonstration(force, from, to);
        java.util.SortedMap<String, StopSearchSummary> districts = new java.util.TreeMap<>();
        reader.byDistrict(force, from, to)
                .byDistrict()
                .forEach((district, searches) ->
                        districts.put(district, SummaryFigures.of(force, from, to, searches, demonstration)));
        return districts;
    }

    /**
     * The force beside its peers over the same months: the members of the first peer group (in force
     * at the last month) that names the force by slug or name, or every force whose files are
     * imported when none does; peers without a file in the months are left out.
     */
    public PeerComparison peers(String force, YearMonth from, YearMonth to) {
        check(force, from, to);
        String name = forceName(force);
        java.time.LocalDate last = to.atEndOfMonth();
        String group = null;
        List<String> candidates = forces();
        for (org.oversight.performance.PeerGroup peerGroup : peerGroups.list()) {
            var version = peerGroup.versionOn(last);
            if (version.isPresent()
                    && (version.get().members().contains(force)
                            || version.get().members().contains(name))) {
                group = peerGroup.name();
                List<String> members = version.get().members();
                candidates = forces().stream()
                        .filter(f -> f.equals(force) || members.contains(f) || members.contains(forceName(f)))
                        .toList();
                break;
            }
        }
        List<PeerComparison.ForceFigures> rows = new java.util.ArrayList<>();
        rows.add(figures(force, from, to));
        for (String peer : candidates) {
            if (!peer.equals(force) && months(peer).stream().anyMatch(m -> !m.isBefore(from) && !m.isAfter(to))) {
                rows.add(figures(peer, from, to));
            }
        }
        return new PeerComparison(group, rows);
    }

    private PeerComparison.ForceFigures figures(String force, YearMonth from, YearMonth to) {
        GroupRate black = population
                .of(force)
                .map(residents -> DisproportionalityFigures.of(
                                force,
                                from,
                                to,
                                EthnicityBasis.SELF_DEFINED,
                                reader.searches(force, from, to),
                                residents,
                                false)
                        .groups()
                        .get(EthnicGroup.BLACK.ordinal()))
                .orElse(null);
        return new PeerComparison.ForceFigures(force, forceName(force), summary(force, from, to), black);
    }

    /** The force area's imported residents by broad group; empty when none are imported. */
    public Optional<GroupPopulation> population(String force) {
        return population.of(force);
    }

    private void check(String force, YearMonth from, YearMonth to) {
        if (from.isAfter(to)) {
            throw new StopSearchRefused("The first month " + from + " is after the last month " + to);
        }
        List<String> imported = forces();
        if (!imported.contains(force)) {
            boolean known = forces.knownForces().stream().anyMatch(k -> k.slug().equals(force));
            throw new StopSearchRefused((known
                            ? "No stop and search data is imported for " + force
                            : "'" + force + "' is not a force slug data.police.uk uses")
                    + (imported.isEmpty()
                            ? " (no force's stop and search data is imported)"
                            : " (forces with stop and search data: " + String.join(", ", imported) + ")"));
        }
        List<YearMonth> months = months(force);
        if (months.stream().noneMatch(m -> !m.isBefore(from) && !m.isAfter(to))) {
            throw new StopSearchRefused("No stop and search file of " + force + " is imported from " + from + " to "
                    + to + " (its files run from " + months.get(0) + " to " + months.get(months.size() - 1) + ")");
        }
    }
}
