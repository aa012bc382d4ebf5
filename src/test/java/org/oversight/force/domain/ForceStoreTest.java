package org.oversight.force.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.force.ForceSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The office's name is on every page: its row is read at most once a second, and a saving shows at once. */
@SpringBootTest
class ForceStoreTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ForceStore shared;

    private ForceSettings example;

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-01-10T09:00:00Z"));

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @AfterEach
    void putTheExampleBack() {
        if (example != null) {
            shared.save(example.slug(), example.name(), example.officeName(), example.example(), "test");
        }
    }

    @Test
    void aChangeByAnotherProcessShowsOnceTheKeptReadIsASecondOld() {
        HandClock clock = new HandClock();
        ForceStore store = new ForceStore(jdbc, clock);
        example = store.current().orElseThrow();

        jdbc.sql("UPDATE force.force_setting SET office_name = 'Changed elsewhere'")
                .update();

        assertThat(store.current().orElseThrow().officeName()).isEqualTo(example.officeName());
        clock.now.set(clock.now.get().plus(Duration.ofMillis(999)));
        assertThat(store.current().orElseThrow().officeName()).isEqualTo(example.officeName());
        clock.now.set(clock.now.get().plus(Duration.ofMillis(1)));
        assertThat(store.current().orElseThrow().officeName()).isEqualTo("Changed elsewhere");
    }

    @Test
    void aSavingShowsAtOnce() {
        HandClock clock = new HandClock();
        ForceStore store = new ForceStore(jdbc, clock);
        example = store.current().orElseThrow();

        store.save(example.slug(), example.name(), "Saved here", example.example(), "test");

        assertThat(store.current().orElseThrow().officeName()).isEqualTo("Saved here");
    }
}
