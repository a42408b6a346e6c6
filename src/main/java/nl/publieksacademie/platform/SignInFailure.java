package nl.publieksacademie.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;

/** Failed sign-ins for one user name (known or not), to slow down guessing. */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {
    static final int FREE_ATTEMPTS = 3;
    static final Duration MAX_DELAY = Duration.ofMinutes(5);

    @Id
    private String username;

    private int failures;

    @Column(name = "last_failure")
    private LocalDateTime lastFailure;

    protected SignInFailure() {}

    SignInFailure(String username) {
        this.username = username;
    }

    void fail(LocalDateTime now) {
        failures++;
        lastFailure = now;
    }

    /** No wait for the first three failures, then 2, 4, 8 ... seconds, at most five minutes. */
    Duration delay() {
        if (failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 16);
        Duration delay = Duration.ofSeconds(2L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** Seconds to wait before the next attempt is looked at, 0 when it may go ahead. */
    long secondsToWait(LocalDateTime now) {
        LocalDateTime allowedAt = lastFailure.plus(delay());
        return now.isBefore(allowedAt) ? Math.max(1, Duration.between(now, allowedAt).toSeconds()) : 0;
    }
}
