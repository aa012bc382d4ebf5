package org.oversight.stopsearch.figures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.force.ForceApi;
import org.oversight.force.KnownForce;
import org.oversight.performance.Population;
import org.oversight.performance.PopulationByGroup;
import org.oversight.policedata.DistrictName;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.stopsearch.EthnicGroup;
import org.oversight.stopsearch.GroupPopulation;
import org.springframework.stereotype.Component;

/**
 * A force area's residents by broad ethnic group, from the imported population reference data: an
 * area named for the force (its slug, its data.police.uk name, or that name without "Police" or
 * "Constabulary" followed by "force area", as the simple reference file writes it); otherwise the
 * sum of the local authorities its districts are (ONS Census 2021 TS021 by local authority), when
 * every one of them has figures. Never a partial sum.
 */
@Component
public class ForcePopulation {

    private final Population population;
    private final ForceApi forces;
    private final PoliceDataApi policeData;

    ForcePopulation(Population population, ForceApi forces, PoliceDataApi policeData) {
        this.population = population;
        this.forces = forces;
        this.policeData = policeData;
    }

    /** The force area's residents; empty when none are stored for it. */
    public Optional<GroupPopulation> of(String force) {
        for (String area : areaNames(force)) {
            Optional<PopulationByGroup> figures = population.byEthnicGroup(area);
            if (figures.isPresent()) {
                PopulationGroups.Grouped grouped =
                        PopulationGroups.group(figures.get().figures());
                if (!grouped.groups().isEmpty()) {
                    return Optional.of(new GroupPopulation(grouped.groups(), source(figures.get(), grouped)));
                }
            }
        }
        return ofDistricts(force);
    }

    /** The names a force area's population may be stored under, in the order they are tried. */
    List<String> areaNames(String force) {
        List<String> names = new ArrayList<>();
        names.add(force);
        forces.knownForces().stream()
                .filter(known -> known.slug().equals(force))
                .map(KnownForce::name)
                .findFirst()
                .ifPresent(name -> {
                    names.add(name);
                    String shortName = name.replaceAll("(?i)\\s+(police service|police|constabulary)$", "");
                    names.add(shortName + " force area");
                });
        return names;
    }

    private Optional<GroupPopulation> ofDistricts(String force) {
        List<String> districts = policeData.districtNames(force).stream()
                .map(DistrictName::district)
                .toList();
        if (districts.isEmpty()) {
            return Optional.empty();
        }
        Map<EthnicGroup, Long> sum = new EnumMap<>(EthnicGroup.class);
        List<String> sources = new ArrayList<>();
        for (String district : districts) {
            Optional<PopulationByGroup> figures = population.byEthnicGroup(district);
            if (figures.isEmpty()) {
                return Optional.empty();
            }
            PopulationGroups.group(figures.get().figures()).groups().forEach((g, n) -> sum.merge(g, n, Long::sum));
            String source = figures.get().source() + ", census " + figures.get().censusYear();
            if (!sources.contains(source)) {
                sources.add(source);
            }
        }
        if (sum.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GroupPopulation(
                sum,
                String.join("; ", sources) + ": the " + districts.size()
                        + " local authorities of the force area added up"));
    }

    private static String source(PopulationByGroup figures, PopulationGroups.Grouped grouped) {
        String words = figures.source() + ", census " + figures.censusYear() + ", area " + figures.area();
        if (!grouped.notGrouped().isEmpty()) {
            words += " (" + String.join(", ", grouped.notGrouped().keySet())
                    + " gives no single broad group: those groups have no figure)";
        }
        return words;
    }
}
