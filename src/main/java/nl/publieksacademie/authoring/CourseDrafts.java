package nl.publieksacademie.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.publieksacademie.content.boundary.ContentChecker;
import nl.publieksacademie.content.boundary.ContentImport;
import nl.publieksacademie.content.boundary.ContentStore;
import nl.publieksacademie.courses.boundary.CourseStore;
import nl.publieksacademie.courses.control.CourseDraft;
import nl.publieksacademie.courses.control.CourseReader;
import nl.publieksacademie.courses.entity.CourseDraftEntity;
import nl.publieksacademie.courses.entity.CourseEntity;
import nl.publieksacademie.courses.entity.CourseVersion;
import nl.publieksacademie.platform.AuditLog;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.platform.Problem;

/**
 * Course drafts, like scenario drafts: create, open, save (refused when someone saved since), check with the
 * importer's reader, publish (only when valid; progress is kept per step id), export as a ZIP of the folder.
 */
@ApplicationScoped
public class CourseDrafts {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseStore store;

    @Inject
    ContentStore content;

    @Inject
    ContentChecker checker;

    @Inject
    LiveReview review;

    @Inject
    AuditLog audit;

    /** A draft as the editor opens it. */
    public record Opened(String slug, Map<String, byte[]> files, int version, String updatedBy,
            LocalDateTime updatedAt) {}

    /** A course in the trainer's list. */
    public record Row(String slug, String title, Integer published, String updatedBy, LocalDateTime updatedAt) {}

    public List<Row> list() {
        List<Row> rows = new ArrayList<>();
        for (CourseEntity c : em.createQuery("SELECT c FROM Course c ORDER BY c.slug", CourseEntity.class)
                .getResultList()) {
            Optional<CourseVersion> latest = store.latest(c.getSlug());
            CourseDraftEntity draft = em.find(CourseDraftEntity.class, c.getId());
            String title = draft != null ? CourseDraft.read(c.getSlug(), unbundle(draft.getBundle())).getTitle()
                    : latest.map(CourseVersion::getTitle).orElse(c.getSlug());
            rows.add(new Row(c.getSlug(), title, latest.map(CourseVersion::getVersionNo).orElse(null),
                    draft == null ? null : draft.getUpdatedBy(), draft == null ? null : draft.getUpdatedAt()));
        }
        return rows;
    }

    @Transactional
    public Opened create(String slug, String title, String by) {
        List<Problem> problems = new ArrayList<>();
        if (slug == null || !slug.matches(ScenarioDrafts.SLUG) || slug.length() > 80) {
            problems.add(Problem.onField("slug", "author.slugInvalid"));
        } else if (course(slug).isPresent()) {
            problems.add(Problem.onField("slug", "author.courseTaken", slug));
        }
        if (title == null || title.isBlank()) {
            problems.add(Problem.onField("title", "author.titleMissing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var framework = checker.framework();
        String role = framework.roles().keySet().iterator().next();
        String competency = framework.competencyIds().iterator().next();
        CourseEntity course = new CourseEntity(slug);
        em.persist(course);
        em.flush();
        CourseDraftEntity draft = new CourseDraftEntity(course.getId(),
                bundle(CourseDraft.blank(slug, title.strip(), role, competency).write()), by);
        em.persist(draft);
        em.flush();
        audit.record(by, "course.create", "course " + slug, title.strip());
        return opened(slug, draft);
    }

    @Transactional
    public Opened open(String slug, String by) {
        CourseEntity course = course(slug).orElseThrow(() -> new NotFound("course " + slug));
        CourseDraftEntity draft = em.find(CourseDraftEntity.class, course.getId());
        if (draft == null) {
            CourseVersion latest = store.latest(slug).orElseThrow(() -> new NotFound("course " + slug));
            draft = new CourseDraftEntity(course.getId(), bundle(store.files(latest.getId())), by);
            em.persist(draft);
            em.flush();
        }
        return opened(slug, draft);
    }

    @Transactional
    public Opened save(String slug, Map<String, byte[]> files, int expectedVersion, String by) {
        if (files == null || files.values().stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInput(List.of(Problem.onField("source", "author.draftMissing")));
        }
        CourseDraftEntity draft = draft(slug);
        if (draft.getVersion() != expectedVersion) {
            throw new ConcurrentEdit(draft.getUpdatedBy(), draft.getUpdatedAt());
        }
        draft.change(bundle(files), by);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit("?", null);
        }
        fullCheck(slug, files);
        return opened(slug, draft);
    }

    /**
     * The editor's live check of a course folder: the importer's check against the framework and the published
     * scenarios, and the checks across files ({@link LiveReview}), the slow searches only where their results are
     * known.
     */
    public CourseReader.Read check(String slug, Map<String, byte[]> files) {
        return review.course(slug, read(slug, files), true);
    }

    /** The full check of a course folder, as at save and publish (the slow searches included). */
    CourseReader.Read fullCheck(String slug, Map<String, byte[]> files) {
        return review.course(slug, read(slug, files), false);
    }

    private CourseReader.Read read(String slug, Map<String, byte[]> files) {
        Set<String> scenarios = content.currentScenarios().stream().map(v -> v.getScenario().getSlug())
                .collect(Collectors.toSet());
        return CourseReader.read("courses/" + slug, files, checker.framework(), scenarios);
    }

    /** Publishes the stored draft when valid; answers the new version (empty: unchanged). */
    @Transactional
    public Optional<Integer> publish(String slug, int expectedVersion, String by) {
        CourseDraftEntity draft = draft(slug);
        if (draft.getVersion() != expectedVersion) {
            throw new ConcurrentEdit(draft.getUpdatedBy(), draft.getUpdatedAt());
        }
        Map<String, byte[]> files = unbundle(draft.getBundle());
        CourseReader.Read read = fullCheck(slug, files);
        if (!read.valid()) {
            throw new InvalidCourse(read);
        }
        Optional<Integer> version = store.course(slug, "editor/courses/" + slug + "/" + CourseReader.COURSE_FILE, read,
                files, ContentImport.hash(files), by);
        version.ifPresent(v -> audit.record(by, "course.publish", "course " + slug, "version " + v));
        return version;
    }

    /** The latest published version as a ZIP of the folder {@code <slug>/} in the courses/ format. */
    public byte[] exportZip(String slug) {
        CourseVersion latest = store.latest(slug).orElseThrow(() -> new NotFound("course " + slug));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : store.files(latest.getId()).entrySet()) {
                zip.putNextEntry(new ZipEntry(slug + "/" + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private CourseDraftEntity draft(String slug) {
        CourseEntity course = course(slug).orElseThrow(() -> new NotFound("course " + slug));
        CourseDraftEntity draft = em.find(CourseDraftEntity.class, course.getId());
        if (draft == null) {
            throw new NotFound("draft of course " + slug);
        }
        return draft;
    }

    private Optional<CourseEntity> course(String slug) {
        return em.createNamedQuery(CourseEntity.BY_SLUG, CourseEntity.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    private static Opened opened(String slug, CourseDraftEntity draft) {
        return new Opened(slug, unbundle(draft.getBundle()), draft.getVersion(), draft.getUpdatedBy(),
                draft.getUpdatedAt());
    }

    static String bundle(Map<String, byte[]> files) {
        JsonObjectBuilder all = Json.createObjectBuilder();
        new TreeMap<>(files).forEach((name, bytes) -> all.add(name, Base64.getEncoder().encodeToString(bytes)));
        return all.build().toString();
    }

    static Map<String, byte[]> unbundle(String bundle) {
        Map<String, byte[]> files = new TreeMap<>();
        try (var reader = Json.createReader(new StringReader(bundle))) {
            JsonObject all = reader.readObject();
            all.forEach((name, value) -> files.put(name, Base64.getDecoder().decode(all.getString(name))));
        }
        return files;
    }
}
