package nl.publieksacademie.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.competencies.control.FrameworkReader;
import nl.publieksacademie.competencies.entity.FrameworkVersion;
import nl.publieksacademie.content.control.ContentCheck;

/**
 * Checks content against the current competency framework, the latest valid version in the database (read once
 * per version and kept in memory).
 */
@ApplicationScoped
public class ContentChecker {

    private record Current(String hash, Framework framework) {}

    @Inject
    ContentStore store;

    private final AtomicReference<Current> current = new AtomicReference<>();

    /** A scenario file of the content folder: its id must match its name. */
    public ContentCheck.Checked scenarioFile(String file, String text) {
        return ContentCheck.scenario(file, text, ContentCheck.idOf(file), framework());
    }

    /** A scenario sent by a user, not tied to a file name. */
    public ContentCheck.Checked upload(String name, String text) {
        return ContentCheck.scenario(name, text, null, framework());
    }

    public ContentCheck.Checked frameworkFile(String file, String text) {
        return ContentCheck.framework(file, text);
    }

    /** The current framework, or null when none was ever imported. */
    public Framework framework() {
        FrameworkVersion latest = store.latestFramework().orElse(null);
        if (latest == null) {
            return null;
        }
        Current cached = current.get();
        if (cached != null && cached.hash().equals(latest.getContentHash())) {
            return cached.framework();
        }
        Framework framework = FrameworkReader.read(ContentImport.FRAMEWORK_FILE, latest.getSource()).framework();
        current.set(new Current(latest.getContentHash(), framework));
        return framework;
    }
}
