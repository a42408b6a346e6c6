package nl.publieksacademie.scenarios.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.publieksacademie.Fixtures;
import nl.publieksacademie.content.control.Finding;
import nl.publieksacademie.content.control.Findings;
import nl.publieksacademie.scenarios.graph.Outcome;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import org.junit.jupiter.api.Test;

/**
 * The learning-design warnings of the validator on small fixtures (copies of {@code loket.yaml} with one thing
 * changed): each fires where it should, names the node, and stays silent on the clean base.
 */
class ScenarioValidatorReviewTest {

    static final Set<String> FRAMEWORK = Set.of("dienen", "vakdeskundigheid", "zorg");

    static Findings validated(String id) {
        var read = ScenarioReader.read(id + ".yaml", Fixtures.scenario(id + ".yaml"), id);
        assertTrue(read.graph() != null, read.findings().all().toString());
        ScenarioValidator.validate(read.graph(), read.findings(), FRAMEWORK);
        assertEquals(List.of(), read.findings().errors());
        return read.findings();
    }

    static List<String> keys(Findings findings) {
        return findings.warnings().stream().map(Finding::key).toList();
    }

    static String report(Findings findings) {
        return findings.all().stream().map(f -> f.describe(Locale.ROOT)).collect(Collectors.joining("\n"));
    }

    @Test
    void theCleanBaseHasNoLearningDesignWarning() {
        Findings findings = validated("loket");
        assertEquals(List.of(), findings.warnings(), report(findings));
    }

    @Test
    void theBestAnswerBeingTheLongestAtMostNodesIsAnAnswerCue() {
        Findings findings = validated("length-cue");
        Finding cue = findings.warnings().stream().filter(f -> f.key().equals("scenario.lengthCue")).findFirst()
                .orElseThrow(() -> new AssertionError(report(findings)));
        assertEquals("nodes", cue.path());
        assertTrue(cue.message().contains("at 2 of the 2 nodes") && cue.message().contains("begin, boos"),
                cue.message());
        assertTrue(cue.message(Locale.forLanguageTag("nl")).startsWith("Antwoordhint: bij 2 van de 2 nodes"),
                cue.message(Locale.forLanguageTag("nl")));
    }

    @Test
    void theLiveCheckLeavesTheConductSearchToTheSaveAndReplaysItAfterAnEditOfAText() {
        String text = Fixtures.scenario("success-after-harm.yaml");
        ScenarioReview.forget();
        var cold = nl.publieksacademie.content.control.ContentCheck.scenarioLive("success-after-harm.yaml", text,
                "success-after-harm", null);
        assertTrue(!cold.complete() && cold.warnings().stream().noneMatch(f -> f.key().equals("scenario.successAfterHarm")),
                "a live check never searches: " + cold.report(Locale.ROOT));
        var full = nl.publieksacademie.content.control.ContentCheck.scenario("success-after-harm.yaml", text,
                "success-after-harm", null);
        assertTrue(full.complete() && full.warnings().stream().anyMatch(f -> f.key().equals("scenario.successAfterHarm")),
                full.report(Locale.ROOT));
        String edited = text.replace("says: Ik wil mijn verhuizing doorgeven.", "says: Ik kom mijn verhuizing doorgeven.");
        assertTrue(!edited.equals(text));
        var warm = nl.publieksacademie.content.control.ContentCheck.scenarioLive("success-after-harm.yaml", edited,
                "success-after-harm", null);
        assertTrue(warm.complete(), "known for this structure");
        assertEquals(full.warnings().stream().map(f -> f.line() + " " + f.message()).toList(),
                warm.warnings().stream().map(f -> f.line() + " " + f.message()).toList(),
                "the same warnings at the same lines");
    }

    @Test
    void theBestAnswerBeingTheLongestAtMoreThanAThirdOfTheNodesIsAnAnswerCue() {
        String text = Fixtures.scenario("length-cue.yaml");
        String once = text.replace("text: Goed dat u het komt doorgeven. Wat is uw nieuwe adres?",
                "text: Wat is uw nieuwe adres?");
        assertTrue(!once.equals(text), "the fixture changed");
        var read = ScenarioReader.read("length-cue.yaml", once, "length-cue");
        ScenarioValidator.validate(read.graph(), read.findings(), ScenarioFixturesTest.FRAMEWORK);
        Finding cue = read.findings().warnings().stream().filter(f -> f.key().equals("scenario.lengthCue"))
                .findFirst().orElseThrow(() -> new AssertionError(report(read.findings())));
        assertTrue(cue.message().contains("at 1 of the 2 nodes"), cue.message());
    }

    @Test
    void aSuccessEndingAfterTwoHarmfulChoicesIsReportedWithThePath() {
        Findings findings = validated("success-after-harm");
        Finding harm = findings.warnings().stream().filter(f -> f.key().equals("scenario.successAfterHarm"))
                .findFirst().orElseThrow(() -> new AssertionError(report(findings)));
        assertEquals("nodes.klaar.ending.outcome", harm.path());
        assertTrue(harm.message().contains("The ending \"klaar\"") && harm.message().contains("begin/wachten, "
                + "begin/wachten"), harm.message());
        assertTrue(harm.line() > 60, "points at the ending in the file: line " + harm.line());
    }

    @Test
    void aSuccessEndingWithANegativeEvidenceSumIsReported() {
        Findings findings = validated("negative-sum");
        Finding negative = findings.warnings().stream().filter(f -> f.key().equals("scenario.successWithNegativeSum"))
                .findFirst().orElseThrow(() -> new AssertionError(report(findings)));
        assertTrue(negative.message().contains("evidence sum of -1") && negative.message()
                .contains("begin/wachten → boos/sorry → adres/afronden"), negative.message());
        assertTrue(keys(findings).stream().noneMatch(k -> k.equals("scenario.successAfterHarm")), report(findings));
    }

    @Test
    void aNodeAfterWhichAStepThatNeedsGeslaagdCannotBePassedIsUnrecoverable() {
        ScenarioGraph graph = validatedGraph("no-way-back");
        Findings findings = new Findings("no-way-back.yaml");
        ScenarioReview.unrecoverable(graph, findings, Set.of(Outcome.GESLAAGD), "course (step)");
        assertEquals(List.of("nodes.boos"), findings.warnings().stream().map(Finding::path).toList(),
                report(findings));
        assertTrue(findings.warnings().get(0).message().contains("after begin/wachten"),
                findings.warnings().get(0).message());
    }

    @Test
    void recoveryIsNotAskedWhenTheStepAcceptsDeelsOrTheNodeIsAMarkedPointOfNoReturn() {
        Findings findings = new Findings("no-way-back.yaml");
        ScenarioReview.unrecoverable(validatedGraph("no-way-back"), findings, Set.of(Outcome.GESLAAGD, Outcome.DEELS),
                "course (step)");
        assertEquals(List.of(), findings.warnings());
        String marked = Fixtures.scenario("no-way-back.yaml").replace("  boos:\n", "  boos:\n    no_return: true\n");
        var read = ScenarioReader.read("no-way-back.yaml", marked, "no-way-back");
        assertTrue(read.graph().node("boos").noReturn());
        ScenarioReview.unrecoverable(read.graph(), findings, Set.of(Outcome.GESLAAGD), "course (step)");
        assertEquals(List.of(), findings.warnings(), report(findings));
    }

    @Test
    void thePointOfNoReturnSurvivesWritingAndReadingBack() {
        String marked = Fixtures.scenario("no-way-back.yaml").replace("  boos:\n", "  boos:\n    no_return: true\n");
        ScenarioGraph graph = ScenarioReader.read("in.yaml", marked, "no-way-back").graph();
        String written = ScenarioWriter.write(graph);
        assertTrue(written.contains("no_return: true"), written);
        assertEquals(graph, ScenarioReader.read("out.yaml", written, "no-way-back").graph());
        assertTrue(!ScenarioWriter.write(validatedGraph("loket")).contains("no_return"));
        Draft draft = Draft.read(marked).orElseThrow();
        assertTrue(draft.node("boos").orElseThrow().isNoReturn(), "the editor keeps the flag");
        assertEquals(graph, ScenarioReader.read("draft.yaml", draft.write(), "no-way-back").graph());
    }

    static ScenarioGraph validatedGraph(String id) {
        return ScenarioReader.read(id + ".yaml", Fixtures.scenario(id + ".yaml"), id).graph();
    }
}
