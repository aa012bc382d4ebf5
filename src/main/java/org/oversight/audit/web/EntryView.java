package org.oversight.audit.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.oversight.audit.AuditEntry;
import org.oversight.audit.chain.EntryHash;

/** An audit entry as the pages show it: London time in words, the module's name, the address or a dash. */
record EntryView(
        long sequence,
        String time,
        String isoTime,
        String user,
        String address,
        String module,
        String action,
        String objectType,
        String objectId,
        String summary,
        String previousHash,
        String hash) {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK).withZone(LONDON);

    /** The modules' names for people; a module not listed is shown by its code. */
    private static final Map<String, String> MODULES = Map.of(
            "accounts", "Accounts",
            "plan", "Plans",
            "policedata", "Police data",
            "performance", "Performance",
            "updates", "Reporting cycle",
            "board", "Board",
            "publication", "Publication",
            "finance", "Finance",
            "reports", "Reports");

    static EntryView of(AuditEntry entry) {
        return new EntryView(
                entry.sequence(),
                WHEN.format(entry.recordedAt()),
                EntryHash.time(entry.recordedAt()),
                entry.user(),
                entry.address() == null ? "Not a web request" : entry.address(),
                module(entry.module()),
                entry.action(),
                entry.objectType(),
                entry.objectId(),
                entry.summary(),
                entry.previousHash(),
                entry.hash());
    }

    static String module(String code) {
        return MODULES.getOrDefault(code, code);
    }

    public String link() {
        return "/audit/entries/" + sequence;
    }
}
