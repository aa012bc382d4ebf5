package org.oversight.stopsearch;

import java.util.List;

/**
 * The force beside the other forces it is compared with, over the same months.
 *
 * @param group the peer group's name, or null when the force is compared with every force whose stop
 *     and search files are imported (it belongs to no peer group that has any of them)
 * @param forces the force first, then its peers with data for the months, each with its figures
 */
public record PeerComparison(String group, List<ForceFigures> forces) {

    public PeerComparison {
        forces = List.copyOf(forces);
    }

    /**
     * One force's figures.
     *
     * @param force the force's slug
     * @param name the force's name
     * @param summary its summary counts
     * @param blackToWhite the Black to White ratio of self-defined rates, or null without a population
     */
    public record ForceFigures(String force, String name, StopSearchSummary summary, GroupRate blackToWhite) {}
}
