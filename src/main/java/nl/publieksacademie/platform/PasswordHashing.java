package nl.publieksacademie.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Jakarta Security's PBKDF2 at OWASP's work factor: 600,000 iterations of HMAC-SHA256 (the default is 2,048).
 * About 150 ms per hash on two cores, so it runs once per sign-in and never per request. A sign-in storm (many
 * people at once, or every learner of a node that died signing in again) computes at most {@link #AT_ONCE} hashes
 * at a time, in arrival order: measured in ClusterIT, 136 hashes side by side on two cores took longer than the
 * clients waited, each failed sign-in was tried again, and the steps of everyone already signed in starved.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final int ITERATIONS = 600_000;
    /** Hashes computed at once: all cores but one, which stays free for the requests of those signed in. */
    static final int AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    private final Semaphore turns = new Semaphore(AT_ONCE, true);

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private String dummyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummyHash = pbkdf2.generate("no account has this password".toCharArray());
    }

    public String hash(String password) {
        return inTurn(() -> pbkdf2.generate(password.toCharArray()));
    }

    public boolean verify(String password, String storedHash) {
        return storedHash != null && inTurn(() -> pbkdf2.verify(password.toCharArray(), storedHash));
    }

    /** Spends the same time as a real check, so an unknown account cannot be told apart by timing. */
    public void verifyNothing(String password) {
        inTurn(() -> pbkdf2.verify(password.toCharArray(), dummyHash));
    }

    private <T> T inTurn(Supplier<T> work) {
        turns.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            turns.release();
        }
    }
}
