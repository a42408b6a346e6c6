package nl.publieksacademie.courses.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.publieksacademie.Fixtures;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.competencies.control.FrameworkReader;
import nl.publieksacademie.content.control.Finding;
import nl.publieksacademie.scenarios.graph.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The course reader on the valid fixture {@code fixtures/courses/basis}, and on copies with one thing broken: each
 * finding's file, line, column and message key are asserted.
 */
class CourseReaderTest {

    static final Set<String> SCENARIOS = Set.of("paspoort-verlopen", "keukentafel-wmo");
    static final Framework FRAMEWORK = framework();

    static Framework framework() {
        try {
            String text = Files.readString(Fixtures.contentDir().resolve("courses/competencies.yaml"));
            return FrameworkReader.read("courses/competencies.yaml", text).framework();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, byte[]> basis() {
        Path dir = Path.of("src/test/resources/fixtures/courses/basis");
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static CourseReader.Read read(Map<String, byte[]> files) {
        return CourseReader.read("courses/basis", files, FRAMEWORK, SCENARIOS);
    }

    static Map<String, byte[]> change(String file, String from, String to) {
        Map<String, byte[]> files = basis();
        String text = new String(files.get(file), StandardCharsets.UTF_8);
        String unescaped = from.replace("\\n", "\n");
        if (!text.contains(unescaped)) {
            throw new IllegalArgumentException(file + " does not contain " + from);
        }
        files.put(file, text.replace(unescaped, to.replace("\\n", "\n")).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void theFixtureReadsWithoutFindings() {
        CourseReader.Read read = read(basis());
        assertTrue(read.valid(), () -> read.errors().toString());
        assertEquals(List.of(), read.warnings());
        Course course = read.course();
        assertEquals("basis", course.slug());
        assertEquals(List.of("start", "oefenen", "herhalen"), course.modules().stream().map(Course.Module::id).toList());
        assertEquals(List.of("welkom", "toets", "paspoort"), course.requiredSteps());
        Course.Step scenario = course.step("paspoort").orElseThrow();
        assertTrue(scenario.passes(Outcome.DEELS));
        assertFalse(scenario.passes(Outcome.NIET_GESLAAGD));
        assertTrue(course.step("welkom").orElseThrow().kind() == Course.Kind.LESSON);
        Quiz quiz = read.quizzes().get("toets.quiz.yaml");
        assertEquals(50, quiz.passMark());
        assertEquals(List.of(new Quiz.Weight("dienen", 2)), quiz.questions().get(0).evidence());
    }

    @Test
    void aScenarioStepWithoutPassIsPassedOnlyBySuccess() {
        CourseReader.Read read = read(change("course.yaml", "        pass: [geslaagd, deels]\n", ""));
        Course.Step step = read.course().step("paspoort").orElseThrow();
        assertTrue(step.passes(Outcome.GESLAAGD));
        assertFalse(step.passes(Outcome.DEELS));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        unknown role          | course.yaml     | roles: [baliemedewerker]                 | roles: [portier]                     | course.yaml | 3 | 9 | course.unknownRole
        unknown competency    | course.yaml     | competencies: [dienen, zorg]             | competencies: [dienen, toveren]      | course.yaml     | 4  | 24 | course.unknownCompetency
        implausible duration  | course.yaml     | duration: 30                             | duration: 0                          | course.yaml | 5 | 1 | course.badDuration
        duplicate module      | course.yaml     | - id: oefenen                            | - id: start                          | course.yaml | 16 | 5 | course.duplicateModule
        duplicate step        | course.yaml     | - id: extra                              | - id: welkom                         | course.yaml | 23 | 9 | course.duplicateStep
        missing lesson file   | course.yaml     | lesson: extra.md                         | lesson: extraa.md                    | course.yaml | 25 | 9 | course.missingFile
        lesson not markdown   | course.yaml     | lesson: extra.md                         | lesson: extra.txt                    | course.yaml | 25 | 9 | course.lessonName
        missing quiz file     | course.yaml     | quiz: toets.quiz.yaml                    | quiz: toetsje.quiz.yaml              | course.yaml | 15 | 9 | course.missingFile
        quiz badly named      | course.yaml     | quiz: toets.quiz.yaml                    | quiz: toets.yaml                     | course.yaml | 15 | 9 | course.quizName
        unknown scenario      | course.yaml     | scenario: paspoort-verlopen              | scenario: paspoort-kwijt             | course.yaml | 21 | 9 | course.unknownScenario
        unknown outcome       | course.yaml     | pass: [geslaagd, deels]                  | pass: [geslaagd, half]               | course.yaml | 22 | 26 | course.badOutcome
        pass on a lesson      | course.yaml     | lesson: welkom.md                        | lesson: welkom.md\\n        pass: [deels] | course.yaml | 13 | 9 | course.passNotScenario
        two kinds in a step   | course.yaml     | quiz: toets.quiz.yaml                    | quiz: toets.quiz.yaml\\n        lesson: extra.md | course.yaml | 13 | 9 | course.stepKind
        unknown field         | course.yaml     | title: Welkom\\n                          | title: Welkom\\n        duur: 5\\n   | course.yaml     | 12 | 9  | yaml.unknownKey
        quiz pass mark        | toets.quiz.yaml | pass_mark: 50                            | pass_mark: 150                       | toets.quiz.yaml | 1 | 1 | quiz.passMark
        quiz two right        | toets.quiz.yaml | feedback: Liever niet.                   | feedback: Liever niet.\\n        correct: true | toets.quiz.yaml | 5 | 5 | quiz.singleCorrect
        quiz none right       | toets.quiz.yaml | "        correct: true\\n        feedback: Ja.\\n      - text: Naam noemen.\\n        correct: true\\n" | "        feedback: Ja.\\n      - text: Naam noemen.\\n" | toets.quiz.yaml | 17 | 5 | quiz.multipleCorrect
        quiz one option       | toets.quiz.yaml | "      - text: Doorwerken.\\n        feedback: Liever niet.\\n" | "" | toets.quiz.yaml | 5 | 5 | quiz.optionCount
        quiz duplicate id     | toets.quiz.yaml | - id: allebei                            | - id: eerst                          | toets.quiz.yaml | 14 | 5 | quiz.duplicateQuestion
        quiz weight           | toets.quiz.yaml | weight: 2                                | weight: 5                            | toets.quiz.yaml | 13 | 9 | quiz.weight
        quiz competency       | toets.quiz.yaml | competency: dienen                       | competency: toveren                  | toets.quiz.yaml | 12 | 9 | course.unknownCompetency
        quiz missing feedback | toets.quiz.yaml | "        feedback: Nee.\\n"              | ""                                   | toets.quiz.yaml | 24 | 9  | yaml.missingKey
        missing image         | welkom.md       | (balie.png)                              | (balie2.png)                         | welkom.md       | 5  | 1  | lesson.missingImage
        image without alt     | welkom.md       | ![Een balie met een wachtrij]            | ![]                                  | welkom.md       | 5  | 1  | lesson.imageAlt
        javascript link       | welkom.md       | (https://example.org/handreiking)        | (javascript:alert(1))                | welkom.md | 3 | 35 | lesson.badLink
        remote image          | welkom.md       | (balie.png)                              | (https://example.org/a.png)          | welkom.md       | 5  | 1  | lesson.remoteImage
        empty lesson          | extra.md        | "## Nog meer\\n\\nEen *extra* les.\\n"   | "   "                                | extra.md        | 1  | 1  | lesson.empty
        """)
    void aBrokenCopyGivesOneErrorAtTheRightPlace(String name, String file, String from, String to, String inFile,
            int line, int column, String key) {
        CourseReader.Read read = read(change(file, from, to));
        assertFalse(read.valid(), name);
        assertNull(read.course());
        String report = read.errors().stream().map(f -> f.describe(Locale.ROOT) + " [" + f.key() + "]")
                .collect(Collectors.joining("\n"));
        assertEquals(1, read.errors().size(), report);
        Finding error = read.errors().get(0);
        assertEquals("courses/basis/" + inFile, error.file(), report);
        assertEquals(key, error.key(), report);
        assertEquals(line, error.line(), report);
        assertEquals(column, error.column(), report);
        assertFalse(error.message(Locale.forLanguageTag("nl")).isBlank());
    }

    @Test
    void aModuleWithoutStepsIsAnError() {
        Map<String, byte[]> files = basis();
        String text = new String(files.get("course.yaml"), StandardCharsets.UTF_8);
        text = text.substring(0, text.indexOf("    steps:\n      - id: paspoort")) + "    steps: []\n";
        files.put("course.yaml", text.getBytes(StandardCharsets.UTF_8));
        files.remove("extra.md");
        CourseReader.Read read = read(files);
        assertEquals(List.of("course.noSteps"), read.errors().stream().map(Finding::key).toList());
        assertEquals(18, read.errors().get(0).line());
    }

    @Test
    void aCourseOfOnlyOptionalStepsCanNeverBeCompleted() {
        Map<String, byte[]> files = basis();
        String text = new String(files.get("course.yaml"), StandardCharsets.UTF_8);
        for (String id : List.of("welkom", "toets", "paspoort")) {
            text = text.replace("      - id: " + id + "\n", "      - id: " + id + "\n        optional: true\n");
        }
        files.put("course.yaml", text.getBytes(StandardCharsets.UTF_8));
        CourseReader.Read read = read(files);
        assertEquals(List.of("course.noRequiredStep"), read.errors().stream().map(Finding::key).toList());
        assertEquals(6, read.errors().get(0).line());
    }

    @Test
    void aFolderWithoutCourseFileIsAnError() {
        Map<String, byte[]> files = basis();
        files.remove("course.yaml");
        CourseReader.Read read = read(files);
        assertEquals(List.of("course.noCourseFile"), read.errors().stream().map(Finding::key).toList());
    }

    @Test
    void aFileNobodyUsesIsAWarningNotAnError() {
        Map<String, byte[]> files = basis();
        files.put("oud.md", "## Oud".getBytes(StandardCharsets.UTF_8));
        CourseReader.Read read = read(files);
        assertTrue(read.valid());
        assertEquals(List.of("course.unusedFile"), read.warnings().stream().map(Finding::key).toList());
    }

    @Test
    void aLessonThatIsNotUtf8IsAnError() {
        Map<String, byte[]> files = basis();
        files.put("extra.md", new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28});
        CourseReader.Read read = read(files);
        assertEquals(List.of("course.notUtf8"), read.errors().stream().map(Finding::key).toList());
        assertEquals("courses/basis/extra.md", read.errors().get(0).file());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a drawing                      | <rect width='10' height='10' style='fill:#083a66'/><style>.a{font:12px sans-serif}</style> | true
        a script                       | <script>alert(1)</script>                                    | false
        an event handler               | <rect width='10' onload = 'alert(1)'/>                      | false
        a link to another site         | <image href='https://example.org/a.png'/>                   | false
        embedded HTML                  | <foreignObject><iframe src='x'/></foreignObject>            | false
        a style from elsewhere         | <style>@import 'https://example.org/a.css';</style>          | false
        an internal reference is fine  | <use href='#a'/><path id='a' d='M0 0h4'/>                   | true
        """)
    void anSvgDiagramIsShownOnlyWhenItJustDraws(String name, String body, boolean shown) {
        Map<String, byte[]> files = change("welkom.md", "(balie.png)", "(schema.svg)");
        files.put("schema.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">" + body + "</svg>")
                .getBytes(StandardCharsets.UTF_8));
        files.remove("balie.png");
        CourseReader.Read read = read(files);
        assertEquals(shown, read.valid(), name + ": " + read.errors());
        assertEquals(shown ? List.of() : List.of("course.unsafeSvg"),
                read.errors().stream().map(Finding::key).toList(), name);
    }
}
