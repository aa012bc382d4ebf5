package org.oversight.decisions.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.oversight.decisions.Decision;
import org.oversight.decisions.DecisionFileProblem;
import org.oversight.decisions.DecisionFileRefused;
import org.oversight.decisions.DecisionNoticeAttached;
import org.oversight.decisions.DecisionNoticeRemoved;
import org.oversight.decisions.DecisionRecorded;
import org.oversight.decisions.DecisionRemoved;
import org.oversight.decisions.DecisionSearch;
import org.oversight.decisions.DecisionsImported;
import org.oversight.decisions.NoticeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions register: searching it, adding, changing and removing decisions, importing files of
 * them, and attaching each decision's notice (a PDF, Word or OpenDocument file no larger than the
 * configured limit, its type checked from its bytes). Every change checks the optimistic lock and
 * publishes its event in the same transaction.
 */
@Service
public class DecisionRegister {

    private static final Logger log = LoggerFactory.getLogger(DecisionRegister.class);

    private final EntryRepository entries;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long noticeMaxBytes;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    DecisionRegister(
            EntryRepository entries,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${oversight.decisions.notice-max-bytes:10485760}") long noticeMaxBytes) {
        this.entries = entries;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.noticeMaxBytes = noticeMaxBytes;
    }

    /** A notice's file and its bytes, as served. */
    public record NoticeContent(Decision.Notice notice, byte[] content) {}

    public long noticeMaxBytes() {
        return noticeMaxBytes;
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return entries.count() == 0;
    }

    /** The decisions matching the search, latest first (then by number). */
    @Transactional(readOnly = true)
    public List<Decision> search(DecisionSearch search) {
        StringBuilder sql = new StringBuilder("SELECT * FROM decisions.decision WHERE true");
        List<String> words = search.words() == null
                ? List.of()
                : List.of(search.words().strip().split("\\s+")).stream()
                        .filter(w -> !w.isEmpty())
                        .limit(10)
                        .toList();
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND concat_ws(' ', number, title, decision_maker, summary, financial_implications) ILIKE :w")
                    .append(i)
                    .append(" ESCAPE '\\'");
        }
        if (search.year() != null) {
            sql.append(" AND decided_on BETWEEN :from AND :to");
        }
        sql.append(" ORDER BY decided_on DESC, number DESC");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString());
        for (int i = 0; i < words.size(); i++) {
            statement = statement.param("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        if (search.year() != null) {
            statement = statement
                    .param("from", search.year().firstDay())
                    .param("to", search.year().lastDay());
        }
        List<Long> ids = new ArrayList<>();
        statement.query((rs, n) -> rs.getLong("id")).list().forEach(ids::add);
        List<Decision> found = new ArrayList<>();
        entries.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparing((Entry e) -> ids.indexOf(e.id())))
                .forEach(e -> found.add(e.decision()));
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<Decision> find(String number) {
        return entries.findByNumber(number).map(Entry::decision);
    }

    @Transactional(readOnly = true)
    public Decision get(String number) {
        return entry(number).decision();
    }

    @Transactional(readOnly = true)
    public Optional<NoticeContent> notice(String number) {
        Entry entry = entry(number);
        if (entry.notice() == null) {
            return Optional.empty();
        }
        byte[] content = jdbc.sql("SELECT content FROM decisions.decision_notice WHERE decision_id = :id")
                .param("id", entry.id())
                .query(byte[].class)
                .single();
        return Optional.of(new NoticeContent(entry.notice(), content));
    }

    @Transactional
    public Decision add(DecisionContent content, boolean example, String by) {
        Entry entry = content.toEntry(example);
        if (entries.findByNumber(entry.number()).isPresent()) {
            throw new DecisionRuleViolation("number", "Decision " + entry.number() + " is already in the register");
        }
        Entry saved = entries.save(entry.withContent(entry, by, clock.instant()));
        events.publishEvent(new DecisionRecorded(saved.number(), saved.title(), true, by, null, snapshot(saved)));
        return saved.decision();
    }

    @Transactional
    public Decision save(String number, DecisionContent content, int lock, String by) {
        Entry entry = locked(number, lock);
        Entry changed = entry.withContent(content.toEntry(entry.example()), by, clock.instant());
        if (!changed.number().equals(number)
                && entries.findByNumber(changed.number()).isPresent()) {
            throw new DecisionRuleViolation("number", "Decision " + changed.number() + " is already in the register");
        }
        Entry saved = entries.save(changed);
        events.publishEvent(
                new DecisionRecorded(saved.number(), saved.title(), false, by, snapshot(entry), snapshot(saved)));
        return saved.decision();
    }

    @Transactional
    public void remove(String number, int lock, String by) {
        Entry entry = locked(number, lock);
        entries.delete(entry);
        events.publishEvent(new DecisionRemoved(entry.number(), entry.title(), by, snapshot(entry)));
    }

    /** Imports a file of decisions, all or nothing; a number already in the register is a problem. */
    @Transactional
    public List<Decision> importFile(String fileName, byte[] content, boolean example, String by) {
        List<DecisionFileReader.Line> lines = new DecisionFileReader().read(fileName, content);
        List<DecisionFileProblem> problems = new ArrayList<>();
        for (DecisionFileReader.Line line : lines) {
            if (entries.findByNumber(line.content().number()).isPresent()) {
                problems.add(new DecisionFileProblem(
                        line.line(),
                        1,
                        "number",
                        "decision " + line.content().number() + " is already in the register: change it there"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DecisionFileRefused(fileName, problems);
        }
        List<Decision> added = new ArrayList<>();
        for (DecisionFileReader.Line line : lines) {
            Entry entry = line.content().toEntry(example);
            added.add(
                    entries.save(entry.withContent(entry, by, clock.instant())).decision());
        }
        events.publishEvent(new DecisionsImported(fileName, added.size(), by, snapshot(added)));
        log.info("event=decisions_imported file={} decisions={}", fileName, added.size());
        return added;
    }

    /**
     * Attaches (or replaces) a decision's notice after checking it: a PDF, Word (.docx) or OpenDocument
     * (.odt) file by its name and by its first bytes, and no larger than the limit.
     */
    @Transactional
    public Decision attachNotice(String number, String fileName, byte[] content, int lock, String by) {
        Entry entry = locked(number, lock);
        String name = fileName == null || fileName.isBlank() ? "notice" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (content.length == 0) {
            throw new DecisionRuleViolation("file", "The file " + name + " is empty");
        }
        checkSize(content.length);
        NoticeType type = NoticeType.fromFileName(name)
                .orElseThrow(() -> new DecisionRuleViolation(
                        "file", "The notice must be a PDF, Word (.docx) or OpenDocument (.odt) file"));
        if (!type.matches(content)) {
            throw new DecisionRuleViolation(
                    "file", "The file " + name + " is not a real " + type.words() + ", whatever its name says");
        }
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        Decision.Notice notice =
                new Decision.Notice(name, type.contentType(), content.length, sha256(content), clock.instant(), by);
        jdbc.sql(
                        """
                        INSERT INTO decisions.decision_notice (decision_id, content) VALUES (:id, :content)
                        ON CONFLICT (decision_id) DO UPDATE SET content = EXCLUDED.content
                        """)
                .param("id", entry.id())
                .param("content", content)
                .update();
        Entry saved = entries.save(entry.withNotice(notice, by, clock.instant()));
        events.publishEvent(new DecisionNoticeAttached(number, name, by, snapshot(entry.notice()), snapshot(notice)));
        return saved.decision();
    }

    /** Refuses a notice larger than the limit, before its bytes are read. */
    public void checkSize(long size) {
        if (size > noticeMaxBytes) {
            throw new DecisionRuleViolation(
                    "file",
                    "The notice must be " + megabytes(noticeMaxBytes) + " (" + bytes(noticeMaxBytes)
                            + ") or smaller; this file is "
                            + (megabytes(size).equals(megabytes(noticeMaxBytes)) ? bytes(size) : megabytes(size)));
        }
    }

    @Transactional
    public Decision removeNotice(String number, int lock, String by) {
        Entry entry = locked(number, lock);
        if (entry.notice() == null) {
            return entry.decision();
        }
        jdbc.sql("DELETE FROM decisions.decision_notice WHERE decision_id = :id")
                .param("id", entry.id())
                .update();
        Entry saved = entries.save(entry.withNotice(null, by, clock.instant()));
        events.publishEvent(new DecisionNoticeRemoved(number, entry.notice().fileName(), by, snapshot(entry.notice())));
        return saved.decision();
    }

    /** The dates of the decisions, latest first (the pages offer the financial years they fall in). */
    @Transactional(readOnly = true)
    public List<LocalDate> decisionDates() {
        return jdbc.sql("SELECT DISTINCT decided_on FROM decisions.decision ORDER BY decided_on DESC")
                .query(LocalDate.class)
                .list();
    }

    private Entry entry(String number) {
        return entries.findByNumber(number)
                .orElseThrow(() -> new DecisionNotFound("There is no decision " + number + " in the register."));
    }

    private Entry locked(String number, int lock) {
        Entry entry = entry(number);
        if (!Objects.equals(entry.version(), lock)) {
            throw new DecisionConflict("Someone else changed decision " + number + " after you opened this page."
                    + " Nothing was saved: check what is saved now and make your change again.");
        }
        return entry;
    }

    private String snapshot(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value instanceof Entry e ? e.decision() : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static String megabytes(long bytes) {
        return String.format(Locale.UK, "%.1f MB", bytes / 1_048_576.0);
    }

    static String bytes(long bytes) {
        return String.format(Locale.UK, "%,d bytes", bytes);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
