package nl.publieksacademie.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.publieksacademie.Fixtures;
import nl.publieksacademie.competencies.control.FrameworkReader;
import nl.publieksacademie.courses.control.Course;
import nl.publieksacademie.courses.control.Quiz;
import nl.publieksacademie.courses.control.QuizReader;
import nl.publieksacademie.scenarios.control.ScenarioReader;
import nl.publieksacademie.scenarios.graph.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The checks across files on small fixtures: a scenario answer given away by a lesson or quiz of the same course,
 * a role target the role's content cannot reach, a required scenario without a way back, and answer cues in quizzes.
 * Each fires on the broken case and stays silent on the clean one.
 */
class ContentReviewTest {

    static final String FRAMEWORK = """
            levels:
              - {level: 1, name: Beginnend}
              - {level: 2, name: In ontwikkeling}
              - {level: 3, name: Bekwaam}
              - {level: 4, name: Voorbeeld}
            rule:
              half_life_days: 90
              thresholds:
                2: {score: 0.5, evidence: 2}
                3: {score: 1.2, evidence: 4}
                4: {score: 2.0, evidence: 8}
            domains:
              - id: hostmanship
                name: Hostmanship
                description: Gastvrij.
                competencies:
                  - id: dienen
                    name: Dienen
                    description: Dienen.
                    levels: {1: Een., 2: Twee., 3: Drie., 4: Vier.}
                  - id: vakdeskundigheid
                    name: Vakdeskundigheid
                    description: Vak.
                    levels: {1: Een., 2: Twee., 3: Drie., 4: Vier.}
            roles:
              baliemedewerker:
                name: Baliemedewerker
                targets: {dienen: %d, vakdeskundigheid: 1}
            """;

    static ContentReview.ScenarioFile scenario(String id) {
        var read = ScenarioReader.read("scenarios/" + id + ".yaml", Fixtures.scenario(id + ".yaml"), id);
        return new ContentReview.ScenarioFile(read.graph(), read.findings());
    }

    static ContentReview.CourseFolder course(String scenario, Set<Outcome> pass, Map<String, String> lessons,
            Map<String, Quiz> quizzes) {
        Course.Step step = new Course.Step("oefenen", "Oefenen", Course.Kind.SCENARIO, null, scenario, pass, false);
        Course.Step lesson = new Course.Step("les", "Les", Course.Kind.LESSON, "les.md", null, Set.of(), false);
        Course course = new Course("basis", "Basis", "Samenvatting.", List.of("baliemedewerker"), List.of("dienen"), 30,
                List.of(new Course.Module("m", "Module", List.of(lesson, step))));
        return new ContentReview.CourseFolder("courses/basis", course, quizzes, lessons);
    }

    static String report(Findings... all) {
        return java.util.Arrays.stream(all).flatMap(f -> f.all().stream()).map(f -> f.describe(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void anAnswerQuotedInALessonOfTheSameCourseIsAGiveaway() {
        ContentReview.ScenarioFile file = scenario("no-way-back");
        String lesson = "## Vragen\n\nZeg bijvoorbeeld: *dan zoek ik het meteen voor u op.* Wat is uw nieuwe adres?\n";
        ContentReview.review(null, null, Map.of("no-way-back", file),
                List.of(course("no-way-back", Set.of(Outcome.GESLAAGD, Outcome.DEELS), Map.of("les.md", lesson),
                        Map.of())));
        Finding giveaway = file.findings().warnings().stream().filter(f -> f.key().equals("scenario.giveaway"))
                .findFirst().orElseThrow(() -> new AssertionError(report(file.findings())));
        assertEquals("nodes.begin.choices[0].text", giveaway.path());
        assertTrue(giveaway.message().contains("courses/basis/les.md"), giveaway.message());
        assertEquals(23, giveaway.line(), "the line of the answer in the scenario file");
    }

    @Test
    void theImportersCheckOfOneCourseAnswersTheWarningsAndLeavesTheScenarioAlone() {
        ContentReview.ScenarioFile file = scenario("no-way-back");
        List<Finding> found = ContentReview.course(course("no-way-back", Set.of(Outcome.GESLAAGD), Map.of(), Map.of()),
                Map.of("no-way-back", file));
        assertEquals(List.of("scenario.unrecoverable"), found.stream().map(Finding::key).toList());
        assertEquals("scenarios/no-way-back.yaml", found.get(0).file());
        assertTrue(found.get(0).line() > 40, "points into the scenario file: " + found.get(0));
        assertEquals(List.of(), file.findings().warnings());
    }

    @Test
    void aParaphraseInALessonIsNoGiveaway() {
        ContentReview.ScenarioFile file = scenario("no-way-back");
        String lesson = "## Vragen\n\nVraag eerst naar het nieuwe adres en zoek het zelf op.\n";
        ContentReview.review(null, null, Map.of("no-way-back", file),
                List.of(course("no-way-back", Set.of(Outcome.GESLAAGD, Outcome.DEELS), Map.of("les.md", lesson),
                        Map.of())));
        assertEquals(List.of(), file.findings().warnings(), report(file.findings()));
    }

    @Test
    void aRequiredScenarioWithoutAWayBackIsReportedInTheScenarioFile() {
        ContentReview.ScenarioFile file = scenario("no-way-back");
        ContentReview.review(null, null, Map.of("no-way-back", file),
                List.of(course("no-way-back", Set.of(Outcome.GESLAAGD), Map.of(), Map.of())));
        assertEquals(List.of("scenario.unrecoverable"), file.findings().warnings().stream().map(Finding::key).toList());
        assertTrue(file.findings().warnings().get(0).message().contains("courses/basis (oefenen)"));
    }

    @Test
    void aTargetAboveWhatTheRolesContentCanGiveIsReportedAtTheTarget() {
        var framework = FrameworkReader.read("courses/competencies.yaml", FRAMEWORK.formatted(4));
        ContentReview.ScenarioFile file = scenario("loket");
        ContentReview.review(framework.framework(), framework.findings(), Map.of("loket", file),
                List.of(course("loket", Set.of(Outcome.GESLAAGD), Map.of(), Map.of())));
        List<Finding> warnings = framework.findings().warnings();
        assertEquals(List.of("roles.baliemedewerker.targets.dienen"), warnings.stream().map(Finding::path).toList(),
                report(framework.findings()));
        assertTrue(warnings.get(0).message().contains("the best possible is level 1"), warnings.get(0).message());
    }

    @Test
    void aTargetTheContentCanReachIsNotReported() {
        var framework = FrameworkReader.read("courses/competencies.yaml", FRAMEWORK.formatted(2));
        ContentReview.ScenarioFile file = scenario("loket");
        Quiz quiz = new Quiz(75, List.of(new Quiz.Question("q", "Vraag?", false,
                List.of(new Quiz.Option("Ja.", true, "Goed."), new Quiz.Option("Nee.", false, "Fout.")),
                List.of(new Quiz.Weight("dienen", 1)))));
        ContentReview.review(framework.framework(), framework.findings(), Map.of("loket", file),
                List.of(course("loket", Set.of(Outcome.GESLAAGD), Map.of(), Map.of("toets.quiz.yaml", quiz))));
        assertEquals(List.of(), framework.findings().warnings(), report(framework.findings()));
    }

    @Test
    void theBestLevelCountsEachPlayOnceAndNeedsBothMeanAndAmount() {
        var rule = FrameworkReader.read("f.yaml", FRAMEWORK.formatted(2)).framework().rule();
        var three = java.util.Set.of(new nl.publieksacademie.scenarios.control.ScenarioReview.Tally(0, 0),
                new nl.publieksacademie.scenarios.control.ScenarioReview.Tally(6, 3));
        assertEquals(2, ContentReview.best(rule, List.of(three)).level(), "3 pieces: too few for level 3");
        assertEquals(3, ContentReview.best(rule, List.of(three, three)).level(), "6 pieces at mean 2");
        assertEquals(4, ContentReview.best(rule, List.of(three, three, three)).level(), "9 pieces at mean 2");
        var weak = java.util.Set.of(new nl.publieksacademie.scenarios.control.ScenarioReview.Tally(0, 0),
                new nl.publieksacademie.scenarios.control.ScenarioReview.Tally(3, 3));
        assertEquals(3, ContentReview.best(rule, List.of(three, three, weak)).level(),
                "a weak play left out keeps the mean, but 6 pieces are too few for level 4");
    }

    @Test
    void aQuizWhoseRightOptionIsUsuallyTheLongestGetsAnAnswerCue() {
        String cued = """
                pass_mark: 75
                questions:
                  - id: een
                    question: Wat doe je eerst?
                    options:
                      - {text: Je kijkt op en groet de inwoner vriendelijk., correct: true, feedback: Goed.}
                      - {text: Doorwerken., feedback: Nee.}
                  - id: twee
                    question: En dan?
                    options:
                      - {text: Zuchten., feedback: Nee.}
                      - {text: Je vraagt waarmee je kunt helpen., correct: true, feedback: Goed.}
                """;
        Findings findings = new Findings("toets.quiz.yaml");
        assertTrue(QuizReader.read(cued, findings, null).isPresent());
        assertEquals(List.of("quiz.lengthCue"), findings.warnings().stream().map(Finding::key).toList());
        assertTrue(findings.warnings().get(0).message().contains("in 2 of the 2 single-answer questions the right option is the longest (een, twee)"),
                findings.warnings().get(0).message());
        Findings third = new Findings("toets.quiz.yaml");
        QuizReader.read(cued.replace("{text: Zuchten., feedback: Nee.}",
                "{text: Je zegt dat de inwoner eerst een nummertje moet trekken., feedback: Nee.}"), third, null);
        assertEquals(List.of("quiz.lengthCue"), third.warnings().stream().map(Finding::key).toList(),
                "1 of 2 is more than a third: " + report(third));
        Findings clean = new Findings("toets.quiz.yaml");
        QuizReader.read(cued.replace("{text: Zuchten., feedback: Nee.}",
                "{text: Je zegt dat de inwoner eerst een nummertje moet trekken., feedback: Nee.}")
                .replace("{text: Doorwerken., feedback: Nee.}",
                        "{text: Je maakt eerst je dossier af en kijkt dan pas op., feedback: Nee.}"), clean, null);
        assertEquals(List.of(), clean.warnings(), report(clean));
    }
}
