package org.oversight.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.oversight.accounts.domain.SignInThrottle;

class SignInThrottleTest {

    static class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");

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
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final SignInThrottle throttle = SignInThrottle.create(clock, 5, Duration.ofMinutes(15));

    @Test
    void letsFourFailuresPassAndStopsTheFifth() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ana", "10.0.0.1");
        }
        assertThat(throttle.waitBeforeNextAttempt("ana", "10.0.0.1")).isZero();
        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.waitBeforeNextAttempt("ana", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void throttlesOneAddressTryingManyUserNames() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.waitBeforeNextAttempt("someone-else", "10.0.0.9")).isPositive();
        assertThat(throttle.waitBeforeNextAttempt("someone-else", "10.0.0.10")).isZero();
    }

    @Test
    void letsTheUserTryAgainOnceTheLockoutHasPassed() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ana", "10.0.0.1");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(throttle.waitBeforeNextAttempt("ana", "10.0.0.1")).isZero();
    }

    @Test
    void aSuccessfulSignInClearsTheUsersFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ana", "10.0.0.1");
        }
        throttle.succeeded("ana");
        throttle.failed("ana", "10.0.0.2");
        assertThat(throttle.waitBeforeNextAttempt("ana", "10.0.0.2")).isZero();
    }
}
