package nl.publieksacademie.scenarios.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A transaction turned away for contention is tried again; other failures and a third refusal are not hidden. */
class RetriedTest {

    static RuntimeException wrapped(SQLException cause) {
        return new IllegalStateException("persistence failed", new RuntimeException(cause));
    }

    @Test
    void aLockTimeoutIsTriedAgainAndTheSecondTryCounts() {
        AtomicInteger tries = new AtomicInteger();
        String result = Attempts.retried(() -> {
            if (tries.incrementAndGet() == 1) {
                throw wrapped(new SQLTransactionRollbackException("A lock could not be obtained", "40XL1"));
            }
            return "stored";
        });
        assertEquals("stored", result);
        assertEquals(2, tries.get());
    }

    @Test
    void afterThreeRefusalsTheFailureReachesTheCaller() {
        AtomicInteger tries = new AtomicInteger();
        RuntimeException refused = wrapped(new SQLTransactionRollbackException("deadlock", "40001"));
        assertSame(refused, assertThrows(RuntimeException.class, () -> Attempts.retried(() -> {
            tries.incrementAndGet();
            throw refused;
        })));
        assertEquals(3, tries.get());
    }

    @Test
    void aDuplicateStepIsNotContentionAndIsNotRepeated() {
        AtomicInteger tries = new AtomicInteger();
        RuntimeException duplicate = wrapped(new java.sql.SQLIntegrityConstraintViolationException("duplicate", "23505"));
        assertSame(duplicate, assertThrows(RuntimeException.class, () -> Attempts.retried(() -> {
            tries.incrementAndGet();
            throw duplicate;
        })));
        assertEquals(1, tries.get(), "the other submission won: the caller shows the current state");
    }
}
