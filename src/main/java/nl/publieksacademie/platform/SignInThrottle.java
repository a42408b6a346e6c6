package nl.publieksacademie.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;

/**
 * Slows down repeated failed sign-ins per user name. Works the same for names that have no account, so the wait
 * gives no hint whether an account exists. Kept in the database so every instance of a cluster sees it.
 */
@ApplicationScoped
public class SignInThrottle {

    @PersistenceContext
    EntityManager em;

    /** Seconds the caller must wait before this user name may try again; 0 when it may try now. */
    public long secondsToWait(String username) {
        SignInFailure failure = em.find(SignInFailure.class, key(username));
        return failure == null ? 0 : failure.secondsToWait(LocalDateTime.now());
    }

    @Transactional
    public void failed(String username) {
        SignInFailure failure = em.find(SignInFailure.class, key(username));
        if (failure == null) {
            failure = new SignInFailure(key(username));
            em.persist(failure);
        }
        failure.fail(LocalDateTime.now());
    }

    @Transactional
    public void succeeded(String username) {
        SignInFailure failure = em.find(SignInFailure.class, key(username));
        if (failure != null) {
            em.remove(failure);
        }
    }

    private static String key(String username) {
        String key = username.trim().toLowerCase();
        return key.length() > 120 ? key.substring(0, 120) : key;
    }
}
