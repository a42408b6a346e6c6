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
import java.util.Map;
import nl.publieksacademie.courses.boundary.CourseStore;
import nl.publieksacademie.courses.control.CourseReader;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.content.control.ContentCheck;
import nl.publieksacademie.content.control.ContentReview;
import nl.publieksacademie.platform.JobLeases;
import nl.publieksacademie.scenarios.control.ScenarioReview;
import nl.publieksacademie.scenarios.control.ScenarioReader;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports the content folder at start-up: first {@code courses/competencies.yaml}, then every
 * {@code scenarios/*.yaml}, then every course folder {@code courses/<slug>/} as one unit. Each file is checked and
 * stored on its own, so one file's errors never stop the others
 * and never replace the last good version.
 */
@ApplicationScoped
public class ContentImport {

    private static final Logger LOG = Logger.getLogger(ContentImport.class.getName());
    static final String FRAMEWORK_FILE = "courses/competencies.yaml";
    static final String SCENARIO_FOLDER = "scenarios";
    static final String COURSE_FOLDER = "courses";
    private static final int BATCH = 100;

    @Inject
    ContentStore store;

    @Inject
    ContentChecker checker;

    @Inject
    CourseStore courseStore;

    @Inject
    @ConfigProperty(name = "pa.content.dir", defaultValue = ".")
    String contentDir;

    @Inject
    JobLeases leases;

    /** Every node imports at start-up (it finds the files of its release stored already), one node at a time. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class) Object start) {
        leases.runAtStartUp("content", () -> importAll(Path.of(contentDir), "import"));
    }

    /** What became of one file: its findings, and the version it was published as (null when none). */
    public record Outcome(String file, boolean valid, int errors, int warnings, Integer publishedVersion) {}

    /** Imports from the configured content folder. */
    public List<Outcome> importAll(String actor) {
        return importAll(Path.of(contentDir), actor);
    }

    /**
     * Imports the framework, then every scenario below {@code root}: all files are checked first (in parallel; the
     * checks are pure), then stored in batches, a batch in one transaction. Invalid files only update their status.
     */
    public List<Outcome> importAll(Path root, String actor) {
        long started = System.nanoTime();
        List<Outcome> outcomes = new java.util.ArrayList<>();
        Path frameworkFile = root.resolve(FRAMEWORK_FILE);
        if (Files.isRegularFile(frameworkFile)) {
            String text = read(frameworkFile);
            var checked = checker.frameworkFile(FRAMEWORK_FILE, text);
            outcomes.add(outcome(checked, store.framework(checked, text, hash(text))));
            checker.refresh();
        } else {
            LOG.warning(() -> "No competency framework at " + frameworkFile.toAbsolutePath());
        }
        Framework framework = checker.framework();
        List<ContentStore.Pending> checked = scenarioFiles(root.resolve(SCENARIO_FOLDER)).parallelStream()
                .map(file -> {
                    String text = read(file);
                    String name = SCENARIO_FOLDER + "/" + file.getFileName();
                    var check = ContentCheck.scenario(name, text, ContentCheck.idOf(name), framework);
                    if (check.scenario() != null) {
                        // the editors' live check of role targets replays this search instead of running it
                        ScenarioReview.tallies(check.scenario());
                    }
                    return new ContentStore.Pending(check, text, hash(text));
                })
                .toList();
        for (int from = 0; from < checked.size(); from += BATCH) {
            List<ContentStore.Pending> batch = checked.subList(from, Math.min(checked.size(), from + BATCH));
            List<Integer> versions = store(batch, actor);
            for (int i = 0; i < batch.size(); i++) {
                outcomes.add(outcome(batch.get(i).checked(), java.util.Optional.ofNullable(versions.get(i))));
            }
        }
        outcomes.addAll(courses(root.resolve(COURSE_FOLDER), framework, actor, reviewable(checked)));
        long published = outcomes.stream().filter(o -> o.publishedVersion() != null).count();
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Content import from " + root.toAbsolutePath() + ": " + outcomes.size() + " file(s), "
                + published + " new version(s) in " + millis + " ms");
        return outcomes;
    }

    /** Stores a batch in one transaction; should that fail, each file on its own, so one cannot stop the others. */
    private List<Integer> store(List<ContentStore.Pending> batch, String actor) {
        try {
            return store.scenarios(batch, actor);
        } catch (RuntimeException batchFailed) {
            LOG.warning(() -> "Storing a batch of content failed, storing file by file: " + batchFailed);
            List<Integer> versions = new java.util.ArrayList<>(batch.size());
            for (ContentStore.Pending pending : batch) {
                try {
                    versions.add(store.scenario(pending.checked(), pending.source(), pending.hash(), actor)
                            .orElse(null));
                } catch (RuntimeException e) {
                    LOG.severe(() -> pending.checked().file() + " could not be stored: " + e);
                    versions.add(null);
                }
            }
            return versions;
        }
    }

    /**
     * Checks and stores every course folder below {@code folder}, each as one unit; a course may name only
     * scenarios that have a published version.
     */
    private List<Outcome> courses(Path folder, Framework framework, String actor,
            Map<String, ContentReview.ScenarioFile> reviewable) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        java.util.Set<String> scenarios = store.currentScenarios().stream()
                .map(v -> v.getScenario().getSlug())
                .collect(java.util.stream.Collectors.toSet());
        List<Outcome> outcomes = new java.util.ArrayList<>();
        try (Stream<Path> dirs = Files.list(folder)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String name = COURSE_FOLDER + "/" + dir.getFileName();
                Map<String, byte[]> files = folderFiles(dir);
                CourseReader.Read read = reviewed(name, CourseReader.read(name, files, framework, scenarios),
                        reviewable);
                String statusFile = name + "/" + CourseReader.COURSE_FILE;
                if (!read.valid()) {
                    LOG.warning(() -> name + " was not imported:\n" + read.errors().stream()
                            .map(f -> f.describe(Locale.ENGLISH)).collect(java.util.stream.Collectors.joining("\n")));
                }
                Integer version = null;
                try {
                    version = courseStore.course(dir.getFileName().toString(), statusFile, read, files,
                            hash(files), actor).orElse(null);
                } catch (RuntimeException e) {
                    LOG.severe(() -> name + " could not be stored: " + e);
                }
                outcomes.add(new Outcome(statusFile, read.valid(), read.errors().size(), read.warnings().size(),
                        version));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return outcomes;
    }

    /** The valid scenarios just read, with findings that point into their files, for the checks across files. */
    private static Map<String, ContentReview.ScenarioFile> reviewable(List<ContentStore.Pending> checked) {
        Map<String, ContentReview.ScenarioFile> files = new java.util.HashMap<>();
        for (ContentStore.Pending pending : checked) {
            if (pending.checked().scenario() != null) {
                String name = pending.checked().file();
                var read = ScenarioReader.read(name, pending.source(), ContentCheck.idOf(name));
                files.put(pending.checked().scenario().id(),
                        new ContentReview.ScenarioFile(pending.checked().scenario(), read.findings()));
            }
        }
        return files;
    }

    /** A valid course with the warnings of the checks across files (required scenarios, giveaways) added. */
    private static CourseReader.Read reviewed(String name, CourseReader.Read read,
            Map<String, ContentReview.ScenarioFile> reviewable) {
        if (!read.valid()) {
            return read;
        }
        List<nl.publieksacademie.content.control.Finding> extra = ContentReview.course(
                new ContentReview.CourseFolder(name, read.course(), read.quizzes(), read.lessons()), reviewable);
        if (extra.isEmpty()) {
            return read;
        }
        List<nl.publieksacademie.content.control.Finding> warnings = new java.util.ArrayList<>(read.warnings());
        warnings.addAll(extra);
        return new CourseReader.Read(read.course(), read.quizzes(), read.lessons(), read.errors(), warnings);
    }

    /** Every regular file below {@code dir}, by its path relative to it (with forward slashes), sorted. */
    static Map<String, byte[]> folderFiles(Path dir) throws IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (Stream<Path> all = Files.walk(dir, 4)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** One hash over the names and contents of all files of a folder. */
    public static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    /** The SHA-256 of a text, as the content import keeps it per version. */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
