package nl.publieksacademie.platform;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the nodes' in-memory copies coherent: tells the other nodes of the cluster what changed here, and passes on
 * what they tell as a {@link ChangedElsewhere} event to this node's caches. Carried by Payara's clustered CDI events
 * over its Hazelcast (delivered within milliseconds). A node started with {@code --nocluster} has no others: telling
 * is then a no-op, and nothing arrives.
 */
@ApplicationScoped
public class Cluster {

    private static final Logger LOG = Logger.getLogger(Cluster.class.getName());
    static final String TOPIC = "publieksacademie.changes";

    /** A change waiting for its transaction to commit before the other nodes hear of it. */
    record Telling(ChangedElsewhere change) {}

    @Inject
    @Outbound(eventName = TOPIC)
    Event<String> others;

    @Inject
    Event<Telling> telling;

    @Inject
    Event<ChangedElsewhere> here;

    /**
     * Tells the other nodes once the current transaction has committed (at once when there is none), so that what
     * they read again is what was stored; a rolled-back change is never told.
     */
    public void tell(ChangedElsewhere change) {
        telling.fire(new Telling(change));
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Telling told) {
        try {
            others.fire(told.change().encode());
        } catch (RuntimeException e) {
            // the change is stored; the others' copies still expire by age
            LOG.log(Level.WARNING, "Could not tell the cluster: " + told.change(), e);
        }
    }

    void receive(@Observes @Inbound(eventName = TOPIC) String message) {
        ChangedElsewhere.decode(message).ifPresent(here::fire);
    }
}
