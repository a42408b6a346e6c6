package nl.publieksacademie.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The current security stamp of each account, kept in memory so that checking a session against its account costs
 * no database round trip. An entry is dropped when its account is written on this node (after the transaction
 * ends) and reloaded at most {@link #MAX_AGE_SECONDS} after it was read, which bounds how long a change made on
 * another node of a cluster goes unnoticed here.
 */
@ApplicationScoped
public class AccountStamps {

    static final long MAX_AGE_SECONDS = 30;

    private record Known(long stamp, long readAt) {}

    /** Accounts that no longer exist. */
    protected static final long GONE = Long.MIN_VALUE;

    private final ConcurrentHashMap<Long, Known> known = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    /** The account's stamp as stored now (or at most {@link #MAX_AGE_SECONDS} ago); empty when it is gone. */
    public OptionalLong current(long staffId) {
        long now = System.nanoTime();
        Known entry = known.get(staffId);
        if (entry == null || now - entry.readAt() > TimeUnit.SECONDS.toNanos(MAX_AGE_SECONDS)) {
            entry = new Known(read(staffId), now);
            known.put(staffId, entry);
        }
        return entry.stamp() == GONE ? OptionalLong.empty() : OptionalLong.of(entry.stamp());
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountChanged change) {
        known.remove(change.staffId());
    }

    /** One SELECT of the stored stamp; {@code GONE} when the account no longer exists. */
    protected long read(long staffId) {
        List<Long> stamps = em.createQuery("SELECT s.securityStamp FROM StaffMember s WHERE s.id = :id", Long.class)
                .setParameter("id", staffId)
                .getResultList();
        return stamps.isEmpty() ? GONE : stamps.get(0);
    }
}
