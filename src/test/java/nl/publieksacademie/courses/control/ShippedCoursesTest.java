package nl.publieksacademie.courses.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.publieksacademie.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every course shipped in {@code courses/} reads without errors or warnings against the shipped framework and
 * scenarios, has at least four modules mixing lessons, quizzes and scenarios, and every quiz can be passed (and
 * failed). Lessons render without losing text to the sanitizer.
 */
class ShippedCoursesTest {

    static Stream<Path> courses() throws IOException {
        return Files.list(Fixtures.contentDir().resolve("courses")).filter(Files::isDirectory).sorted();
    }

    static Set<String> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.contentDir().resolve("scenarios"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).collect(Collectors.toSet());
        }
    }

    static CourseReader.Read read(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return CourseReader.read("courses/" + dir.getFileName(), files, CourseReaderTest.FRAMEWORK, scenarios());
    }

    @ParameterizedTest
    @MethodSource("courses")
    void readsCleanAndMixesStepKinds(Path dir) throws IOException {
        CourseReader.Read read = read(dir);
        assertEquals(List.of(), read.errors());
        assertEquals(List.of(), read.warnings());
        Course course = read.course();
        assertTrue(course.modules().size() >= 4, "at least four modules");
        Set<Course.Kind> kinds = course.steps().stream().map(Course.Step::kind).collect(Collectors.toSet());
        assertEquals(Set.of(Course.Kind.values()), kinds);
        assertTrue(course.steps().stream().anyMatch(s -> s.kind() == Course.Kind.SCENARIO && !s.optional()),
                "a required scenario step");
    }

    @ParameterizedTest
    @MethodSource("courses")
    void everyQuizPassesOnTheRightAnswersAndFailsOnWrongOnes(Path dir) throws IOException {
        CourseReader.Read read = read(dir);
        for (Quiz quiz : read.quizzes().values()) {
            Map<String, Set<Integer>> right = new HashMap<>();
            Map<String, Set<Integer>> wrong = new HashMap<>();
            for (Quiz.Question q : quiz.questions()) {
                Set<Integer> correct = IntStream.range(0, q.options().size()).filter(i -> q.options().get(i).correct())
                        .boxed().collect(Collectors.toSet());
                right.put(q.id(), correct);
                wrong.put(q.id(), Set.of(IntStream.range(0, q.options().size())
                        .filter(i -> !q.options().get(i).correct()).findFirst().orElseThrow()));
            }
            assertTrue(quiz.score(right).passed());
            assertEquals(100, quiz.score(right).percent());
            assertFalse(quiz.score(wrong).passed());
        }
    }

    @ParameterizedTest
    @MethodSource("courses")
    void lessonsKeepTheirTextWhenRendered(Path dir) throws IOException {
        CourseReader.Read read = read(dir);
        for (Map.Entry<String, String> lesson : read.lessons().entrySet()) {
            String html = LessonMarkup.html(lesson.getValue(), name -> "/img/" + name);
            assertTrue(html.contains("<h2>"), lesson.getKey() + " has sections");
            assertFalse(html.contains("&lt;"), lesson.getKey() + " has no escaped markup");
        }
    }
}
