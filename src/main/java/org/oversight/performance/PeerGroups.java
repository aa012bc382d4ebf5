package org.oversight.performance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.performance.peergroup.PeerGroupFileReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer groups (the most similar forces…) for “better than peers” targets: versioned reference
 * data imported from CSV. No group is assumed; a target names the group it compares with.
 */
@Service
public class PeerGroups {

    private static final Logger log = LoggerFactory.getLogger(PeerGroups.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PeerGroups(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Imports a CSV file ({@code group,effective_from,member}) in one transaction: every row is
     * checked first and any problem refuses the whole file ({@link PeerGroupFileRefused}, each problem
     * with its line). Each group version in the file replaces the stored version of that group with
     * the same effective date, members and all; other versions are kept.
     */
    @Transactional
    public PeerGroupImportResult importFile(String fileName, byte[] content, String by) {
        List<PeerGroupFileReader.PeerGroupRow> rows = new PeerGroupFileReader().read(fileName, content);
        Map<String, List<PeerGroupFileReader.PeerGroupRow>> versions = new LinkedHashMap<>();
        for (PeerGroupFileReader.PeerGroupRow row : rows) {
            versions.computeIfAbsent(row.group() + "|" + row.effectiveFrom(), k -> new ArrayList<>())
                    .add(row);
        }
        Timestamp now = Timestamp.from(clock.instant());
        Map<String, PeerGroup> stored = new LinkedHashMap<>();
        list().forEach(group -> stored.put(group.name(), group));
        List<PeerGroupsImported.Members> replaced = new ArrayList<>();
        List<PeerGroupsImported.Members> written = new ArrayList<>();
        for (List<PeerGroupFileReader.PeerGroupRow> members : versions.values()) {
            PeerGroupFileReader.PeerGroupRow first = members.get(0);
            Optional.ofNullable(stored.get(first.group()))
                    .flatMap(group -> group.versions().stream()
                            .filter(version -> version.effectiveFrom().equals(first.effectiveFrom()))
                            .findFirst())
                    .ifPresent(version -> replaced.add(
                            new PeerGroupsImported.Members(first.group(), version.effectiveFrom(), version.members())));
            written.add(new PeerGroupsImported.Members(
                    first.group(),
                    first.effectiveFrom(),
                    members.stream()
                            .map(PeerGroupFileReader.PeerGroupRow::member)
                            .toList()));
            jdbc.sql("DELETE FROM performance.peer_group_version WHERE group_name = :group AND effective_from = :from")
                    .param("group", first.group())
                    .param("from", Date.valueOf(first.effectiveFrom()))
                    .update();
            jdbc.sql(
                            """
                            INSERT INTO performance.peer_group_version (group_name, effective_from, file_name,
                                imported_by, imported_at)
                            VALUES (:group, :from, :file, :by, :at)
                            """)
                    .param("group", first.group())
                    .param("from", Date.valueOf(first.effectiveFrom()))
                    .param("file", fileName)
                    .param("by", by)
                    .param("at", now)
                    .update();
            for (PeerGroupFileReader.PeerGroupRow member : members) {
                jdbc.sql(
                                """
                                INSERT INTO performance.peer_group_member (group_name, effective_from, member, line_number)
                                VALUES (:group, :from, :member, :line)
                                """)
                        .param("group", member.group())
                        .param("from", Date.valueOf(member.effectiveFrom()))
                        .param("member", member.member())
                        .param("line", (int) member.line())
                        .update();
            }
        }
        events.publishEvent(new PeerGroupsImported(fileName, replaced, written, by));
        log.info("event=peer_groups_imported file={} versions={} members={}", fileName, versions.size(), rows.size());
        return new PeerGroupImportResult(fileName, versions.size(), rows.size());
    }

    /** Every stored group with its versions, by name. */
    @Transactional(readOnly = true)
    public List<PeerGroup> list() {
        Map<String, Map<LocalDate, List<String>>> groups = new LinkedHashMap<>();
        jdbc.sql(
                        """
                        SELECT v.group_name, v.effective_from, m.member
                        FROM performance.peer_group_version v
                        LEFT JOIN performance.peer_group_member m
                            ON m.group_name = v.group_name AND m.effective_from = v.effective_from
                        ORDER BY v.group_name, v.effective_from, m.line_number
                        """)
                .query(rs -> {
                    List<String> members = groups.computeIfAbsent(
                                    rs.getString("group_name"), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getDate("effective_from").toLocalDate(), k -> new ArrayList<>());
                    String member = rs.getString("member");
                    if (member != null) {
                        members.add(member);
                    }
                });
        List<PeerGroup> result = new ArrayList<>();
        groups.forEach((name, versions) -> {
            List<PeerGroupVersion> list = new ArrayList<>();
            versions.forEach((from, members) -> list.add(new PeerGroupVersion(from, members)));
            result.add(new PeerGroup(name, list));
        });
        return result;
    }

    /** The group with this name (exactly as written); empty when none is stored. */
    @Transactional(readOnly = true)
    public Optional<PeerGroup> group(String name) {
        return list().stream().filter(g -> g.name().equals(name)).findFirst();
    }
}
