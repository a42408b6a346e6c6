package nl.publieksacademie.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDateTime;

/** The stored failure counts, each change in a transaction of its own so that a sign-in never waits on another's. */
@ApplicationScoped
class SignInFailures {

    @PersistenceContext
    EntityManager em;

    SignInFailure find(String key) {
        return em.find(SignInFailure.class, key);
    }

    /** Counts one failure; two first failures under one key at once make one of these fail on the key (retry). */
    @Transactional(TxType.REQUIRES_NEW)
    void count(String key, LocalDateTime now) {
        SignInFailure failure = em.find(SignInFailure.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (failure == null) {
            failure = new SignInFailure(key);
            failure.fail(now);
            em.persist(failure);
            em.flush();
        } else {
            failure.fail(now);
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    void clear(String key) {
        em.createQuery("DELETE FROM SignInFailure f WHERE f.id = :key").setParameter("key", key).executeUpdate();
    }

    @Transactional(TxType.REQUIRES_NEW)
    int forgetBefore(LocalDateTime cutoff) {
        return em.createQuery("DELETE FROM SignInFailure f WHERE f.lastFailure < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
