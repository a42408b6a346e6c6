package nl.publieksacademie.platform;

/**
 * The database turned the work away for contention (a lock it could not get in time, a deadlock) even after the
 * retries: nothing was stored, and the same request may well succeed a moment later. REST answers 503 with
 * {@code Retry-After}, pages our "busy" page; it is never reported as another submission having won.
 */
public class DatabaseBusy extends RuntimeException {

    /** Seconds a client should wait before sending the request again. */
    public static final int RETRY_AFTER_SECONDS = 2;

    public DatabaseBusy(Throwable cause) {
        super("the database stayed busy through every retry: " + cause.getMessage(), cause);
    }
}
