package org.oversight.performance;

import java.util.List;
import org.oversight.shared.AuditJson;
import org.oversight.shared.AuditedChange;

/**
 * A peer groups file was imported: {@code written} are the group versions it stored, {@code
 * replaced} the stored versions (same group and effective date) they replaced.
 */
public record PeerGroupsImported(String fileName, List<Members> replaced, List<Members> written, String by)
        implements AuditedChange {

    /** One version of a group: its members from a date. */
    public record Members(String group, java.time.LocalDate effectiveFrom, List<String> members) {}

    public PeerGroupsImported {
        replaced = List.copyOf(replaced);
        written = List.copyOf(written);
    }

    @Override
    public String module() {
        return "performance";
    }

    @Override
    public String action() {
        return "peer-groups-imported";
    }

    @Override
    public String objectType() {
        return "peer-groups-file";
    }

    @Override
    public String objectId() {
        return fileName;
    }

    @Override
    public String before() {
        return replaced.isEmpty() ? null : AuditJson.of(replaced);
    }

    @Override
    public String after() {
        return AuditJson.of(written);
    }

    @Override
    public String summary() {
        return "Peer groups imported from " + fileName + ": " + written.size()
                + (written.size() == 1 ? " group version" : " group versions") + ", " + replaced.size() + " replaced";
    }
}
