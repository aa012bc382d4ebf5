package org.oversight.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.oversight.accounts.domain.SignInProperties;
import org.oversight.accounts.domain.SignInThrottle;

/**
 * Failed sign-ins are counted per user name and address, per user name and per address, with a
 * much higher ceiling per address: one person's mistakes never lock out the others at that address.
 */
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
    final SignInThrottle throttle =
            SignInThrottle.create(clock, new SignInProperties(5, 20, 100, Duration.ofMinutes(15)));

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    @Test
    void letsFourFailuresPassAndStopsTheFifth() {
        fail("ana", "10.0.0.1", 4);
        assertThat(throttle.waitBeforeNextAttempt("ana", "10.0.0.1")).isZero();
        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.waitBeforeNextAttempt("ana", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void oneUsersFailuresDoNotLockAnotherUserAtTheSameAddress() {
        fail("ana", "127.0.0.1", 6);

        assertThat(throttle.waitBeforeNextAttempt("ana", "127.0.0.1")).isPositive();
        assertThat(throttle.waitBeforeNextAttempt("bob", "127.0.0.1")).isZero();
    }

    @Test
    void aUserLockedAtOneAddressMayStillSignInFromAnother() {
        fail("ana", "10.0.0.1", 5);

        assertThat(throttle.waitBeforeNextAttempt("ana", "10.0.0.2")).isZero();
    }

    @Test
    void guessingOneUsersPasswordFromManyAddressesStopsAtThePerUserNameCeiling() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("ana", "10.0.1." + i);
        }
        assertThat(throttle.waitBeforeNextAttempt("ana", "10.0.2.1")).isZero();

        throttle.failed("ana", "10.0.1.19");

        assertThat(throttle.waitBeforeNextAttempt("ana", "10.0.2.1")).isPositive();
        assertThat(throttle.waitBeforeNextAttempt("bob", "10.0.2.1")).isZero();
    }

    @Test
    void oneAddressTryingManyUserNamesIsStoppedOnlyAtTheMuchHigherPerAddressCeiling() {
        for (int i = 0; i < 99; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.waitBeforeNextAttempt("someone-else", "10.0.0.9")).isZero();

        throttle.failed("user99", "10.0.0.9");

        assertThat(throttle.waitBeforeNextAttempt("someone-else", "10.0.0.9")).isPositive();
        assertThat(throttle.waitBeforeNextAttempt("someone-else", "10.0.0.10")).isZero();
    }

    @Test
    void letsTheUserTryAgainOnceTheLockoutHasPassed() {
        fail("ana", "10.0.0.1", 5);
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(throttle.waitBeforeNextAttempt("ana", "10.0.0.1")).isZero();
    }

    @Test
    void aSuccessfulSignInClearsTheFailuresFromThatAddressOnly() {
        fail("ana", "10.0.0.1", 4);
        throttle.succeeded("ana", "10.0.0.1");
        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.waitBeforeNextAttempt("ana", "10.0.0.1")).isZero();

        for (int i = 0; i < 15; i++) {
            throttle.failed("ana", "10.0.3." + i);
        }
        throttle.succeeded("ana", "10.0.0.1");
        fail("ana", "10.0.4.1", 4);
        assertThat(throttle.waitBeforeNextAttempt("ana", "10.0.0.1"))
                .as("the failures from elsewhere still count towards the user name's ceiling")
                .isPositive();
    }

    @Test
    void userNamesAreComparedWithoutCase() {
        fail("Ana", "10.0.0.1", 5);
        assertThat(throttle.waitBeforeNextAttempt("ana", "10.0.0.1")).isPositive();
    }
}
