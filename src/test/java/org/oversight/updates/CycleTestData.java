package org.oversight.updates;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.oversight.updates.domain.CycleItem;
import org.oversight.updates.domain.Cycles;
import org.oversight.updates.domain.ReportingCycle;

/**
 * Accounts and cycles for the updates tests, with names of their own so that tests sharing a
 * database never meet each other's data.
 */
public final class CycleTestData {

    public static final String PLAN = "wm-police-and-crime-plan";
    public static final String VERSION = "2014-15";
    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Cycles cycles;
    private final UserAccounts accounts;

    public CycleTestData(Cycles cycles, UserAccounts accounts) {
        this.cycles = cycles;
        this.accounts = accounts;
    }

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + NEXT.incrementAndGet();
    }

    /** A lead officer holding the leads, with an email address and optionally a manager. */
    public String leadOfficer(String manager, String... leads) {
        String name = unique("lead");
        accounts.add(
                name,
                new UserAccounts.Details(Role.LEAD_OFFICER, name + "@example.org", manager, Set.of(leads)),
                PASSWORD.toCharArray(),
                "test");
        return name;
    }

    public String account(Role role) {
        String name = unique(role.code());
        accounts.add(
                name,
                new UserAccounts.Details(role, name + "@example.org", null, Set.of()),
                PASSWORD.toCharArray(),
                "test");
        return name;
    }

    /** A cycle of the 2014-15 plan after the example cycle (period to February 2015), opened by the analyst. */
    public ReportingCycle cycle(LocalDate deadline, String analyst) {
        return cycles.openAsSystem(
                new Cycles.OpenCycle(
                        PLAN,
                        VERSION,
                        unique("Cycle"),
                        LocalDate.of(2014, 11, 25),
                        LocalDate.of(2015, 2, 28),
                        deadline,
                        null,
                        null,
                        null),
                analyst,
                false);
    }

    public CycleItem item(ReportingCycle cycle, String ref) {
        return cycles.items(cycle.id()).stream()
                .filter(item -> item.commitmentRef().equals(ref))
                .findFirst()
                .orElseThrow();
    }
}
