package nl.publieksacademie.scenarios.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import nl.publieksacademie.platform.DatabaseBusy;
import org.junit.jupiter.api.Test;

/**
 * A transaction turned away for contention is tried again; a third refusal is "busy, try later" (503), never "another
 * submission won" (409); other failures are not hidden.
 */
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
    void afterThreeRefusalsForContentionTheCallerIsToldTheDatabaseIsBusy() {
        AtomicInteger tries = new AtomicInteger();
        RuntimeException refused = wrapped(new SQLTransactionRollbackException("deadlock", "40001"));
        DatabaseBusy busy = assertThrows(DatabaseBusy.class, () -> Attempts.retried(() -> {
            tries.incrementAndGet();
            throw refused;
        }));
        assertSame(refused, busy.getCause());
        assertEquals(3, tries.get());
    }

    @Test
    void aLockTimeoutOrDeadlockIsNotAnotherSubmissionWinning() {
        assertFalse(Attempts.refused(wrapped(new SQLTransactionRollbackException("A lock could not be obtained",
                "40XL1"))), "a lock timeout: nobody won, answer 503 and let the learner try again");
        assertFalse(Attempts.refused(wrapped(new SQLTransactionRollbackException("deadlock", "40001"))));
        assertFalse(Attempts.refused(wrapped(new SQLTransactionRollbackException("deadlock detected", "40P01"))));
        assertFalse(Attempts.refused(new DatabaseBusy(new RuntimeException("busy"))));
        assertTrue(Attempts.refused(new jakarta.persistence.OptimisticLockException("the version moved on")),
                "the attempt's version moved on: the other submission won");
        assertTrue(Attempts.refused(wrapped(new java.sql.SQLIntegrityConstraintViolationException("duplicate",
                "23505"))), "the step log's key: the other submission won");
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
