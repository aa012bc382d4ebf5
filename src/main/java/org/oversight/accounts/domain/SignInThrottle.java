package org.oversight.accounts.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code max-failures} failed sign-ins within the lockout
 * period, for one user name or from one address, sign-in is refused until the period has passed
 * since the last failure. Counts are kept in memory (one application instance).
 */
@Component
public class SignInThrottle {

    private static final int MAX_TRACKED_KEYS = 100_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    SignInThrottle(
            Clock clock,
            @Value("${oversight.sign-in.max-failures:5}") int maxFailures,
            @Value("${oversight.sign-in.lockout:15m}") Duration lockout) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    /** A throttle outside Spring (tests, tools). */
    public static SignInThrottle create(Clock clock, int maxFailures, Duration lockout) {
        return new SignInThrottle(clock, maxFailures, lockout);
    }

    /** How long until this user name and address may try again; zero when they may now. */
    public Duration waitBeforeNextAttempt(String username, String address) {
        Instant now = clock.instant();
        Duration wait = waitFor(userKey(username), now);
        Duration byAddress = waitFor(addressKey(address), now);
        return wait.compareTo(byAddress) >= 0 ? wait : byAddress;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED_KEYS) {
            failures.entrySet().removeIf(entry -> isExpired(entry.getValue(), now));
        }
        record(userKey(username), now);
        record(addressKey(address), now);
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Duration waitFor(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < maxFailures) {
                return Duration.ZERO;
            }
            Duration wait = Duration.between(now, times.peekLast().plus(lockout));
            return wait.isNegative() ? Duration.ZERO : wait;
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            while (times.size() > maxFailures) {
                times.removeFirst();
            }
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().plus(lockout).isBefore(now)) {
            times.removeFirst();
        }
    }

    private boolean isExpired(Deque<Instant> times, Instant now) {
        synchronized (times) {
            return times.isEmpty() || times.peekLast().plus(lockout).isBefore(now);
        }
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
