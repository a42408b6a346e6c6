package nl.publieksacademie.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.publieksacademie.Fixtures;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.competencies.control.FrameworkReader;
import nl.publieksacademie.courses.control.CourseReader;
import nl.publieksacademie.scenarios.control.ScenarioReader;
import nl.publieksacademie.scenarios.control.ScenarioValidator;
import org.junit.jupiter.api.Test;

/**
 * Jargon of the format ("negatieve evidence", "node", "outcome") in text a learner reads is a warning that names the
 * field, in scenarios, quizzes, lessons and course files; file names, ids and Dutch words that merely start alike
 * are left alone.
 */
class JargonTest {

    static final Locale NL = Locale.forLanguageTag("nl");

    static List<Finding> jargon(List<Finding> findings) {
        return findings.stream().filter(f -> f.key().equals("text.jargon")).toList();
    }

    @Test
    void plainDutchFileNamesAndIdsAreNotJargon() {
        assertEquals(List.of(), Jargon.find("Je vroeg door en controleerde het adres. Dit telt mee voor je profiel."));
        assertEquals(List.of(), Jargon.find("Zie courses/competencies.yaml en de check-id adres-gecontroleerd."));
        assertEquals(List.of(), Jargon.find("Even checken: feedback, score en niveau zijn gewoon Nederlands."));
        assertEquals(List.of("evidence", "Node", "outcomes"), Jargon.find(
                "Welke antwoorden negatieve evidence gaven? Node twee, en de outcomes.").stream()
                .map(Jargon.Found::word).toList());
    }

    @Test
    void aDebriefSpeakingOfNegativeEvidenceIsAWarningOnThatDebrief() {
        String text = Fixtures.scenario("loket.yaml").replace("debrief: Hij ging weg zonder hulp.",
                "debrief: Hij ging weg zonder hulp. Kijk welke antwoorden negatieve evidence gaven.");
        var read = ScenarioReader.read("loket.yaml", text, "loket");
        ScenarioValidator.validate(read.graph(), read.findings(), Set.of("dienen", "vakdeskundigheid", "zorg"));
        List<Finding> found = jargon(read.findings().warnings());
        assertEquals(1, found.size(), read.findings().all().toString());
        assertEquals("nodes.vertrokken.ending.debrief", found.get(0).path());
        assertEquals(75, found.get(0).line());
        assertTrue(found.get(0).message(NL).contains("\"evidence\" is jargon")
                && found.get(0).message(NL).contains("je antwoord liet zien dat"), found.get(0).message(NL));
    }

    @Test
    void aQuizOptionLessonLineAndStepTitleWithJargonAreWarningsAtTheirPlace() throws IOException {
        Map<String, byte[]> files = basis();
        change(files, "toets.quiz.yaml", "feedback: Liever niet.", "feedback: Dit geeft negatieve evidence.");
        change(files, "welkom.md", "Een inwoner is een **gast**.", "Een inwoner is een **gast**.\n\nDe outcome telt.");
        change(files, "course.yaml", "title: Korte toets", "title: Check je skills");
        Framework framework = FrameworkReader.read("courses/competencies.yaml",
                Files.readString(Fixtures.contentDir().resolve("courses/competencies.yaml"))).framework();
        CourseReader.Read read = CourseReader.read("courses/basis", files, framework,
                Set.of("paspoort-verlopen", "keukentafel-wmo"));
        assertTrue(read.valid(), read.errors().toString());
        List<String> found = jargon(read.warnings()).stream()
                .map(f -> f.file() + ":" + f.line() + ":" + f.column() + " " + f.path() + " " + f.args().get(0))
                .sorted().toList();
        assertEquals(List.of(
                "courses/basis/course.yaml:14:9 modules[0].steps[1].title Check",
                "courses/basis/course.yaml:14:9 modules[0].steps[1].title skills",
                "courses/basis/toets.quiz.yaml:10:9 questions[0].options[1].feedback evidence",
                "courses/basis/welkom.md:5:4  outcome"), found);
    }

    /** The profile shows the framework's level descriptors to the learner: they are checked too. */
    @Test
    void aLevelDescriptorWithJargonIsAWarningOnThatLevel() throws IOException {
        String text = Files.readString(Fixtures.contentDir().resolve("courses/competencies.yaml"))
                .replace("Ontvangt inwoners vriendelijk", "Haalt positieve evidence en ontvangt inwoners vriendelijk");
        FrameworkReader.Read read = FrameworkReader.read("courses/competencies.yaml", text);
        List<Finding> found = jargon(read.findings().warnings());
        assertEquals(1, found.size(), read.findings().all().toString());
        assertEquals("domains[0].competencies[0].levels.1", found.get(0).path());
        assertEquals(32, found.get(0).line());
    }

    static Map<String, byte[]> basis() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(Path.of("src/test/resources/fixtures/courses/basis"))) {
            for (Path f : list.toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    static void change(Map<String, byte[]> files, String file, String from, String to) {
        String text = new String(files.get(file), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " lacks " + from);
        files.put(file, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }
}
