package org.oversight.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.audit.AuditEntries.anEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.audit.AuditEntries;
import org.oversight.audit.AuditEntry;

class EntryHashTest {

    @Test
    void theHashIsTheSha256OfEveryFieldWrittenWithItsLengthInAFixedOrder() throws Exception {
        AuditEntry entry = anEntry()
                .sequence(42)
                .recordedAt(Instant.parse("2026-12-06T10:15:30.123456789Z"))
                .user("ana")
                .address(null)
                .module("plan")
                .action("objective-edited")
                .objectType("objective")
                .objectId("wm/2014-15/4.1")
                .before("{\"title\":\"Old\"}")
                .after(null)
                .summary("Objective 4.1 renamed “Safer”")
                .previousHash("ab".repeat(32))
                .build();
        String text = "oversight-audit-entry-v1\n"
                + "sequence:2:42\n"
                + "recorded-at:27:2026-12-06T10:15:30.123456Z\n"
                + "user:3:ana\n"
                + "address:-\n"
                + "module:4:plan\n"
                + "action:16:objective-edited\n"
                + "object-type:9:objective\n"
                + "object-id:14:wm/2014-15/4.1\n"
                + "before:15:{\"title\":\"Old\"}\n"
                + "after:-\n"
                + "summary:33:Objective 4.1 renamed “Safer”\n"
                + "previous-hash:64:" + "ab".repeat(32) + "\n";

        assertThat(EntryHash.canonical(entry)).isEqualTo(text);
        assertThat(EntryHash.of(entry))
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))))
                .matches("[0-9a-f]{64}");
    }

    static Stream<UnaryOperator<AuditEntries.Builder>> oneFieldChanged() {
        return Stream.of(
                b -> b.sequence(2),
                b -> b.recordedAt(Instant.parse("2026-12-06T10:15:30.123457Z")),
                b -> b.user("ada"),
                b -> b.address("203.0.113.8"),
                b -> b.module("policedata"),
                b -> b.action("objective-added"),
                b -> b.objectType("measure"),
                b -> b.objectId("wm-police-and-crime-plan/2014-15/4.2"),
                b -> b.before("{\"title\":\"Older\"}"),
                b -> b.after("{\"title\":\"Newer\"}"),
                b -> b.summary("Objective 4.1 edited again"),
                b -> b.previousHash("1".repeat(64)));
    }

    @ParameterizedTest
    @MethodSource("oneFieldChanged")
    void changingAnyFieldChangesTheHash(UnaryOperator<AuditEntries.Builder> change) {
        assertThat(EntryHash.of(change.apply(anEntry()).build()))
                .isNotEqualTo(EntryHash.of(anEntry().build()));
    }

    @Test
    void aMissingValueAndAnEmptyOneHashDifferently() {
        assertThat(EntryHash.of(anEntry().address(null).build()))
                .isNotEqualTo(EntryHash.of(anEntry().address("").build()));
    }

    @Test
    void textCannotMoveFromOneFieldToTheNextWithoutChangingTheHash() {
        AuditEntry one = anEntry().before("ab").after("c").build();
        AuditEntry other = anEntry().before("a").after("bc").build();
        AuditEntry newline = anEntry().before("a\nafter:1:b").after(null).build();

        assertThat(EntryHash.of(one)).isNotEqualTo(EntryHash.of(other));
        assertThat(EntryHash.of(newline))
                .isNotEqualTo(EntryHash.of(anEntry().before("a").after("b").build()));
    }

    @Test
    void timesAreHashedToTheMicrosecondAsTheDatabaseKeepsThem() {
        Instant nanos = Instant.parse("2026-12-06T10:15:30.123456789Z");

        assertThat(EntryHash.of(anEntry().recordedAt(nanos).build()))
                .isEqualTo(EntryHash.of(anEntry()
                        .recordedAt(Instant.parse("2026-12-06T10:15:30.123456Z"))
                        .build()));
        assertThat(EntryHash.time(Instant.parse("2026-03-29T01:30:00Z"))).isEqualTo("2026-03-29T01:30:00.000000Z");
    }

    @Test
    void theHashIgnoresTheHashTheEntryCarries() {
        AuditEntry entry = anEntry().build();

        assertThat(EntryHash.of(AuditEntries.withHash(entry, "f".repeat(64)))).isEqualTo(EntryHash.of(entry));
    }
}
