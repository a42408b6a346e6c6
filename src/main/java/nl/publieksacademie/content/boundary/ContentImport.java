package nl.publieksacademie.content.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import nl.publieksacademie.content.control.ContentCheck;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports the content folder at start-up: first {@code courses/competencies.yaml}, then every
 * {@code scenarios/*.yaml}. Each file is checked and stored on its own, so one file's errors never stop the others
 * and never replace the last good version.
 */
@ApplicationScoped
public class ContentImport {

    private static final Logger LOG = Logger.getLogger(ContentImport.class.getName());
    static final String FRAMEWORK_FILE = "courses/competencies.yaml";
    static final String SCENARIO_FOLDER = "scenarios";

    @Inject
    ContentStore store;

    @Inject
    ContentChecker checker;

    @Inject
    @ConfigProperty(name = "pa.content.dir", defaultValue = ".")
    String contentDir;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class) Object start) {
        importAll(Path.of(contentDir), "import");
    }

    /** What became of one file: its findings, and the version it was published as (null when none). */
    public record Outcome(String file, boolean valid, int errors, int warnings, Integer publishedVersion) {}

    /** Imports from the configured content folder. */
    public List<Outcome> importAll(String actor) {
        return importAll(Path.of(contentDir), actor);
    }

    /** Imports the framework and every scenario below {@code root}, each file on its own. */
    public List<Outcome> importAll(Path root, String actor) {
        List<Outcome> outcomes = new java.util.ArrayList<>();
        Path frameworkFile = root.resolve(FRAMEWORK_FILE);
        if (Files.isRegularFile(frameworkFile)) {
            String text = read(frameworkFile);
            var checked = checker.frameworkFile(FRAMEWORK_FILE, text);
            outcomes.add(outcome(checked, store.framework(checked, text, hash(text))));
        } else {
            LOG.warning(() -> "No competency framework at " + frameworkFile.toAbsolutePath());
        }
        for (Path file : scenarioFiles(root.resolve(SCENARIO_FOLDER))) {
            String name = SCENARIO_FOLDER + "/" + file.getFileName();
            String text = read(file);
            var checked = checker.scenarioFile(name, text);
            outcomes.add(outcome(checked, store.scenario(checked, text, hash(text), actor)));
        }
        long published = outcomes.stream().filter(o -> o.publishedVersion() != null).count();
        LOG.info(() -> "Content import from " + root.toAbsolutePath() + ": " + outcomes.size() + " file(s), "
                + published + " new version(s)");
        return outcomes;
    }

    private static Outcome outcome(ContentCheck.Checked checked, java.util.Optional<Integer> version) {
        log(checked);
        return new Outcome(checked.file(), checked.valid(), checked.errors().size(), checked.warnings().size(),
                version.orElse(null));
    }

    private static List<Path> scenarioFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void log(ContentCheck.Checked checked) {
        if (!checked.valid()) {
            LOG.warning(() -> checked.file() + " was not imported:\n" + checked.report(Locale.ENGLISH));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
