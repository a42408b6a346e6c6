package nl.publieksacademie.courses.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.publieksacademie.courses.control.Course;
import nl.publieksacademie.courses.control.CourseReader;
import nl.publieksacademie.courses.control.Quiz;
import nl.publieksacademie.courses.entity.CourseVersion;
import nl.publieksacademie.platform.NotFound;

/**
 * The published courses, each version read from its stored files once and kept (a version never changes), so
 * pages and the REST API share one model per version.
 */
@ApplicationScoped
public class Courses {

    /** A published course version as read: the model, its quizzes and lessons by file name. */
    public record Published(CourseVersion version, Course course, Map<String, Quiz> quizzes,
            Map<String, String> lessons) {

        public String slug() {
            return course.slug();
        }

        public Quiz quiz(Course.Step step) {
            return quizzes.get(step.file());
        }

        public String lesson(Course.Step step) {
            return lessons.get(step.file());
        }
    }

    private final Map<Long, Published> read = new ConcurrentHashMap<>();

    @Inject
    CourseStore store;

    /** The latest version of every course, in title order. */
    public List<Published> current() {
        return store.current().stream().map(this::of).toList();
    }

    public Published latest(String slug) {
        return store.latest(slug).map(this::of).orElseThrow(() -> new NotFound("course " + slug));
    }

    public Optional<Published> find(String slug) {
        return store.latest(slug).map(this::of);
    }

    public Published of(CourseVersion version) {
        return read.computeIfAbsent(version.getId(), id -> {
            Map<String, byte[]> files = store.files(id);
            CourseReader.Read r = CourseReader.read("courses/" + version.getCourse().getSlug(), files, null, null);
            if (!r.valid()) {
                throw new IllegalStateException("Stored course version " + id + " does not read: " + r.errors());
            }
            return new Published(version, r.course(), r.quizzes(), r.lessons());
        });
    }

    /** An image of a course version, for lessons; empty when the version has no such image. */
    public Optional<byte[]> image(Long versionId, String name) {
        if (!name.contains(".") || name.endsWith(".md") || name.endsWith(".yaml")) {
            return Optional.empty();
        }
        return store.file(versionId, name);
    }
}
