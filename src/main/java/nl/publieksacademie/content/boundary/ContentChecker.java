package nl.publieksacademie.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.competencies.control.FrameworkReader;
import nl.publieksacademie.competencies.entity.FrameworkVersion;
import nl.publieksacademie.content.control.ContentCheck;
import nl.publieksacademie.platform.ChangedElsewhere;
import nl.publieksacademie.platform.Cluster;

/**
 * Checks content against the current competency framework, the latest valid version in the database (read once
 * per version and kept in memory).
 */
@ApplicationScoped
public class ContentChecker {

    private record Current(String hash, Framework framework, long checkedAt) {}

    /** How long the framework is used before the database is asked again whether a newer one was imported. */
    private static final long RECHECK_NANOS = 10_000_000_000L;

    @Inject
    ContentStore store;

    @Inject
    Cluster cluster;

    private final AtomicReference<Current> current = new AtomicReference<>();

    /** A scenario sent by a user, not tied to a file name. */
    public ContentCheck.Checked upload(String name, String text) {
        return ContentCheck.scenario(name, text, null, framework());
    }

    public ContentCheck.Checked frameworkFile(String file, String text) {
        return ContentCheck.framework(file, text);
    }

    /**
     * The current framework, or null when none was ever imported. Kept in memory until an import on any node of the
     * cluster stores a new one; as a backstop every ten seconds at most the database is asked (by hash) whether a
     * newer one was published.
     */
    public Framework framework() {
        Current cached = current.get();
        long now = System.nanoTime();
        if (cached != null && now - cached.checkedAt() < RECHECK_NANOS) {
            return cached.framework();
        }
        String hash = store.latestFrameworkHash().orElse(null);
        if (hash == null) {
            return null;
        }
        if (cached != null && cached.hash().equals(hash)) {
            current.set(new Current(hash, cached.framework(), now));
            return cached.framework();
        }
        FrameworkVersion latest = store.latestFramework().orElseThrow();
        Framework framework = FrameworkReader.read(ContentImport.FRAMEWORK_FILE, latest.getSource()).framework();
        current.set(new Current(latest.getContentHash(), framework, now));
        return framework;
    }

    /**
     * Forgets the kept framework, so the next call reads the latest (after an import stored a new version); the
     * other nodes of a cluster forget theirs too once the caller's transaction commits.
     */
    public void refresh() {
        current.set(null);
        cluster.tell(ChangedElsewhere.framework());
    }

    void refresh(@Observes ChangedElsewhere change) {
        if (change.is(ChangedElsewhere.FRAMEWORK)) {
            current.set(null);
        }
    }
}
