package nl.publieksacademie.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Failed sign-ins counted under one key, to slow down guessing: an account ({@code account:<id>}, whichever of its
 * names was typed), a typed name that has no account ({@code name:<typed>}), or a client address
 * ({@code address:<ip>}), or a client address that sent refused bearer tokens ({@code token:<ip>}; SCIM and the API).
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {
    static final String ACCOUNT = "account:";
    static final String NAME = "name:";
    static final String ADDRESS = "address:";
    static final String TOKEN = "token:";
    static final int FREE_ATTEMPTS = 3;
    /** An address is often a whole town hall behind one NAT address: it gets more failures before it waits. */
    static final int FREE_ATTEMPTS_PER_ADDRESS = 20;
    /** A client with a wrong token (a stale secret after a rotation) gets a few tries before it waits. */
    static final int FREE_TOKENS_PER_ADDRESS = 10;
    static final Duration MAX_DELAY = Duration.ofMinutes(5);
    /** After this long without a failure the count starts again. */
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    static final int MAX_KEY = 120;

    @Id
    /** The key; the column keeps the name it had when failures were counted per typed name only. */
    @Column(name = "username")
    private String id;

    private int failures;

    @Column(name = "last_failure")
    private LocalDateTime lastFailure;

    protected SignInFailure() {}

    SignInFailure(String id) {
        this.id = id;
    }

    static String account(long staffId) {
        return ACCOUNT + staffId;
    }

    static String name(String typed) {
        return cut(NAME + typed.trim().toLowerCase());
    }

    static String address(String address) {
        return cut(ADDRESS + address);
    }

    static String token(String address) {
        return cut(TOKEN + address);
    }

    private static String cut(String key) {
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }

    void fail(LocalDateTime now) {
        if (lastFailure != null && lastFailure.plus(FORGET_AFTER).isBefore(now)) {
            failures = 0;
        }
        failures++;
        lastFailure = now;
    }

    /**
     * No wait for the first free failures (three, twenty for an address, ten for bearer tokens), then 2, 4, 8 ... s,
     * at most 5 min.
     */
    Duration delay() {
        int free = id.startsWith(ADDRESS) ? FREE_ATTEMPTS_PER_ADDRESS
                : id.startsWith(TOKEN) ? FREE_TOKENS_PER_ADDRESS : FREE_ATTEMPTS;
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 16);
        Duration delay = Duration.ofSeconds(2L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** Seconds to wait before the next attempt is looked at, 0 when it may go ahead. */
    long secondsToWait(LocalDateTime now) {
        LocalDateTime allowedAt = lastFailure.plus(delay());
        return now.isBefore(allowedAt) ? Math.max(1, Duration.between(now, allowedAt).toSeconds()) : 0;
    }
}
