package nl.publieksacademie.courses.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.publieksacademie.content.control.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The course editor's model: shipped courses survive it unchanged; a blank course is valid; editing helpers. */
class CourseDraftTest {

    static Stream<Path> courses() throws IOException {
        return ShippedCoursesTest.courses();
    }

    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    static CourseReader.Read read(String slug, Map<String, byte[]> files) throws IOException {
        return CourseReader.read("courses/" + slug, files, CourseReaderTest.FRAMEWORK, ShippedCoursesTest.scenarios());
    }

    @ParameterizedTest
    @MethodSource("courses")
    void aShippedCourseSurvivesTheEditorUnchanged(Path dir) throws IOException {
        String slug = dir.getFileName().toString();
        CourseReader.Read original = read(slug, files(dir));
        Map<String, byte[]> written = CourseDraft.read(slug, files(dir)).write();
        CourseReader.Read again = read(slug, written);
        assertEquals(List.of(), again.errors());
        assertEquals(original.course(), again.course());
        assertEquals(original.quizzes(), again.quizzes());
        assertEquals(original.lessons(), again.lessons());
    }

    @Test
    void aBlankCourseIsValidAndStepsBringTheirFiles() throws IOException {
        CourseDraft draft = CourseDraft.blank("nieuwe-cursus", "Nieuwe cursus", "baliemedewerker", "dienen");
        assertEquals(List.of(), read("nieuwe-cursus", draft.write()).errors());
        ModuleDraft module = draft.addModule();
        StepDraft quiz = draft.addStep(module, "quiz");
        StepDraft scenario = draft.addStep(module, "scenario");
        scenario.setTarget("paspoort-verlopen");
        CourseReader.Read read = read("nieuwe-cursus", draft.write());
        assertEquals(List.of(), read.errors(), () -> read.errors().stream().map(Finding::toString).toList().toString());
        assertEquals(List.of("les", "toets", "oefenen"), read.course().requiredSteps());
        assertTrue(read.quizzes().containsKey("toets.quiz.yaml"));

        CourseDraft.move(draft.getModules(), module, -1);
        assertEquals("module", draft.getModules().get(0).getId());
        CourseDraft.move(module.getSteps(), scenario, -1);
        assertEquals(List.of("oefenen", "toets"), module.getSteps().stream().map(StepDraft::getId).toList());
        draft.removeStep(module, quiz);
        assertFalse(draft.write().containsKey("toets.quiz.yaml"), "the quiz file goes with its step");
    }

    @Test
    void aBrokenEditIsWrittenAsItStandsForTheReaderToReport() throws IOException {
        CourseDraft draft = CourseDraft.blank("nieuwe-cursus", "Nieuwe cursus", "baliemedewerker", "dienen");
        QuizDraft quiz = new QuizDraft();
        quiz.setPassMark(150);
        draft.getQuizzes().put("los.quiz.yaml", quiz);
        CourseReader.Read loose = read("nieuwe-cursus", draft.write());
        assertEquals(List.of("course.unusedFile"), loose.warnings().stream().map(Finding::key).toList());
        StepDraft step = draft.addStep(draft.getModules().get(0), "scenario");
        step.setTarget("bestaat-niet");
        CourseReader.Read read = read("nieuwe-cursus", draft.write());
        assertEquals(List.of("course.unknownScenario"), read.errors().stream().map(Finding::key).toList());
        assertEquals(17, read.errors().get(0).line(), "the line of the scenario step in the written course.yaml");
    }
}
