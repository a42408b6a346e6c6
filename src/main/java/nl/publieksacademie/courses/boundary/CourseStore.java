package nl.publieksacademie.courses.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.publieksacademie.content.control.Finding;
import nl.publieksacademie.content.entity.ContentFile;
import nl.publieksacademie.courses.control.CourseReader;
import nl.publieksacademie.courses.entity.CourseEntity;
import nl.publieksacademie.courses.entity.CourseFile;
import nl.publieksacademie.courses.entity.CourseVersion;

/**
 * Stores checked course folders, each in a transaction of its own: a valid folder whose content changed becomes a
 * new version with all its files; an invalid one only updates its status and never replaces the last good version.
 */
@ApplicationScoped
public class CourseStore {

    @PersistenceContext
    EntityManager em;

    /**
     * Records the check of a course folder under {@code statusFile}; answers the new version number, or empty when
     * nothing was published (invalid, or unchanged).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Integer> course(String slug, String statusFile, CourseReader.Read read, Map<String, byte[]> files,
            String hash, String actor) {
        ContentFile before = em.find(ContentFile.class, statusFile);
        boolean unchangedFolder = statusFile.startsWith("courses/") && before != null
                && hash.equals(before.getContentHash()) && before.isValid();
        status(statusFile, read, hash);
        if (!read.valid()) {
            return Optional.empty();
        }
        CourseEntity course = em.createNamedQuery(CourseEntity.BY_SLUG, CourseEntity.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    CourseEntity created = new CourseEntity(slug);
                    em.persist(created);
                    return created;
                });
        Optional<CourseVersion> latest = latest(slug);
        if (latest.isPresent() && (latest.get().getContentHash().equals(hash) || unchangedFolder)) {
            // unchanged, or a folder not changed since it was last read: a version published since (in the
            // editor) stays
            return Optional.empty();
        }
        int number = latest.map(v -> v.getVersionNo() + 1).orElse(1);
        CourseVersion version = new CourseVersion(course, number, hash, read.course().title(), actor);
        em.persist(version);
        em.flush();
        files.forEach((name, bytes) -> em.persist(new CourseFile(version.getId(), name, bytes)));
        return Optional.of(number);
    }

    public Optional<CourseVersion> latest(String slug) {
        return em.createNamedQuery(CourseVersion.LATEST, CourseVersion.class)
                .setParameter("slug", slug)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public Optional<CourseVersion> version(Long id) {
        return Optional.ofNullable(em.find(CourseVersion.class, id));
    }

    /** The latest version of every course. */
    public List<CourseVersion> current() {
        return em.createNamedQuery(CourseVersion.CURRENT, CourseVersion.class).getResultList();
    }

    /** The files of a version by name. */
    public Map<String, byte[]> files(Long versionId) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        em.createNamedQuery(CourseFile.OF_VERSION, CourseFile.class)
                .setParameter("version", versionId)
                .getResultStream()
                .forEach(f -> files.put(f.getName(), f.getContent()));
        return files;
    }

    public Optional<byte[]> file(Long versionId, String name) {
        return Optional.ofNullable(em.find(CourseFile.class, new CourseFile.Key(versionId, name)))
                .map(CourseFile::getContent);
    }

    private void status(String path, CourseReader.Read read, String hash) {
        ContentFile file = em.find(ContentFile.class, path);
        if (file == null) {
            file = new ContentFile(path);
            em.persist(file);
        }
        String problems = Stream.concat(read.errors().stream(), read.warnings().stream())
                .map(Finding::encode)
                .collect(Collectors.joining("\n"));
        file.checked(hash, read.valid(), read.errors().size(), read.warnings().size(), problems);
    }
}
