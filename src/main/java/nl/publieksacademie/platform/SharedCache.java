package nl.publieksacademie.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.Cacheable;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the persistence provider's shared entity cache coherent across the nodes of a cluster. Entities marked
 * {@link Cacheable} (scenarios, courses and their versions, frameworks) are kept in each node's memory; when one is
 * updated or removed here, the other nodes drop their copy once the transaction commits, so a scenario archived on
 * node A is archived on node B too. Registered for every entity in {@code META-INF/orm.xml}; costs a class lookup
 * for entities that are not cached.
 */
@ApplicationScoped
public class SharedCache {

    private static final Logger LOG = Logger.getLogger(SharedCache.class.getName());

    private static final ClassValue<Boolean> CACHED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            Cacheable cacheable = type.getAnnotation(Cacheable.class);
            return cacheable != null && cacheable.value();
        }
    };

    @PersistenceUnit
    EntityManagerFactory emf;

    @Inject
    Cluster cluster;

    /** The JPA default listener: {@code @PostUpdate} and {@code @PostRemove} of every entity (see orm.xml). */
    public static class Changes {
        public void written(Object entity) {
            if (CACHED.get(entity.getClass())) {
                CDI.current().select(SharedCache.class).get().changed(entity);
            }
        }
    }

    void changed(Object entity) {
        cluster.tell(ChangedElsewhere.entity(entity.getClass(), emf.getPersistenceUnitUtil().getIdentifier(entity)));
    }

    void evict(@Observes ChangedElsewhere change) {
        if (!change.is(ChangedElsewhere.ENTITY)) {
            return;
        }
        int hash = change.key().lastIndexOf('#');
        try {
            Class<?> type = Class.forName(change.key().substring(0, hash), false, SharedCache.class.getClassLoader());
            String id = change.key().substring(hash + 1);
            if (id.matches("-?\\d{1,18}")) {
                emf.getCache().evict(type, Long.valueOf(id));
            } else {
                emf.getCache().evict(type);
            }
        } catch (ClassNotFoundException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot drop a changed entity from the cache: " + change.key(), e);
            emf.getCache().evictAll();
        }
    }
}
