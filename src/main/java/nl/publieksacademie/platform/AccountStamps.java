package nl.publieksacademie.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The current security stamp of each account, kept in memory so that checking a session against its account costs
 * no database round trip. An entry is dropped when its account is written: on this node after the transaction ends,
 * on the other nodes of a cluster when {@link Cluster} tells them (within milliseconds of the commit). Entries are
 * also read again {@link #MAX_AGE_SECONDS} after they were read, a backstop should a message between nodes be lost.
 */
@ApplicationScoped
public class AccountStamps {

    static final long MAX_AGE_SECONDS = 30;

    private record Known(long stamp, long readAt) {}

    /** Accounts that no longer exist. */
    protected static final long GONE = Long.MIN_VALUE;

    private final ConcurrentHashMap<Long, Known> known = new ConcurrentHashMap<>();

    /**
     * Counts the entries dropped: a stamp read while a drop happened may be the old one, so it is used for that
     * request but not kept.
     */
    private final AtomicLong drops = new AtomicLong();

    @PersistenceContext
    EntityManager em;

    @Inject
    Cluster cluster;

    /** The account's stamp as stored now (or at most {@link #MAX_AGE_SECONDS} ago); empty when it is gone. */
    public OptionalLong current(long staffId) {
        long now = System.nanoTime();
        Known entry = known.get(staffId);
        if (entry == null || now - entry.readAt() > TimeUnit.SECONDS.toNanos(MAX_AGE_SECONDS)) {
            long dropsBefore = drops.get();
            entry = new Known(read(staffId), now);
            if (drops.get() == dropsBefore) {
                known.put(staffId, entry);
            }
        }
        return entry.stamp() == GONE ? OptionalLong.empty() : OptionalLong.of(entry.stamp());
    }

    /** Inside the writing transaction: the other nodes hear of it once it commits. */
    void tellOthers(@Observes AccountChanged change) {
        cluster.tell(ChangedElsewhere.account(change.staffId()));
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountChanged change) {
        drop(change.staffId());
    }

    void forget(@Observes ChangedElsewhere change) {
        if (change.is(ChangedElsewhere.ACCOUNT)) {
            drop(Long.parseLong(change.key()));
        }
    }

    private void drop(long staffId) {
        drops.incrementAndGet();
        known.remove(staffId);
    }

    /** One SELECT of the stored stamp; {@code GONE} when the account no longer exists. */
    protected long read(long staffId) {
        List<Long> stamps = em.createQuery("SELECT s.securityStamp FROM StaffMember s WHERE s.id = :id", Long.class)
                .setParameter("id", staffId)
                .getResultList();
        return stamps.isEmpty() ? GONE : stamps.get(0);
    }
}
