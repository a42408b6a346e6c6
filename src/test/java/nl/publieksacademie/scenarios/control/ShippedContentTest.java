package nl.publieksacademie.scenarios.control;

import nl.publieksacademie.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.competencies.control.FrameworkReader;
import nl.publieksacademie.content.control.ContentCheck;
import nl.publieksacademie.content.control.ContentReview;
import nl.publieksacademie.scenarios.graph.Choice;
import nl.publieksacademie.scenarios.graph.Node;
import nl.publieksacademie.scenarios.graph.Outcome;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every shipped content file reads without a single error or warning, and every shipped scenario is playable:
 * walking all states the engine can reach proves each ending reachable, each condition sometimes shown and
 * sometimes hidden, and the best ending reachable with all its must-do checks done.
 */
class ShippedContentTest {

    static final Path ROOT = Fixtures.contentDir();
    static final int MAX_STATES = 500_000;

    static Framework framework() throws IOException {
        var read = FrameworkReader.read("courses/competencies.yaml",
                Files.readString(ROOT.resolve("courses/competencies.yaml")));
        assertTrue(read.findings().all().isEmpty(), () -> read.findings().all().stream()
                .map(f -> f.describe(Locale.ROOT)).collect(Collectors.joining("\n")));
        return read.framework();
    }

    static List<Path> scenarioFiles() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("scenarios"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void theFrameworkHasFourteenCompetenciesWithFourDescriptorsAndTargetsForEveryRole() throws IOException {
        Framework framework = framework();
        assertEquals(4, framework.levels().size());
        assertEquals(14, framework.competencyIds().size());
        framework.domains().forEach(d -> d.competencies().forEach(c -> assertEquals(4, c.levels().size(), c.id())));
        assertEquals(Set.of("baliemedewerker", "kcc-medewerker", "wmo-consulent", "teamleider"),
                framework.roles().keySet());
        framework.roles().values().forEach(r -> assertEquals(framework.competencyIds(), r.targets().keySet()));
    }

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioIsCleanAndPlayable() throws IOException {
        Framework framework = framework();
        List<Path> files = scenarioFiles();
        assertTrue(files.size() >= 4, "at least four scenarios ship");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String name = "scenarios/" + file.getFileName();
            ContentCheck.Checked checked = ContentCheck.scenario(name, Files.readString(file), ContentCheck.idOf(name),
                    framework);
            assertTrue(checked.errors().isEmpty() && checked.warnings().isEmpty(), checked.report(Locale.ROOT));
            ScenarioGraph graph = checked.scenario();
            assertTrue(graph.nodes().size() >= 12, "at least 12 nodes");
            assertTrue(graph.endings().size() >= 3, "at least 3 endings");
            assertTrue(graph.endings().stream().map(n -> n.ending().outcome()).collect(Collectors.toSet())
                    .containsAll(Set.of(Outcome.GESLAAGD, Outcome.NIET_GESLAAGD)), "a good and a bad ending");
            assertTrue(!graph.checks().isEmpty() && !graph.variables().isEmpty(), "checks and variables");
            explore(graph);
        }));
    }

    /** Walks every reachable state (bounded) and asserts what a playable scenario needs. */
    static void explore(ScenarioGraph graph) {
        Set<PlayState> seen = new HashSet<>();
        Deque<PlayState> todo = new ArrayDeque<>();
        PlayState start = ScenarioEngine.start(graph);
        todo.push(start);
        seen.add(withoutStep(start));
        Set<String> endingsReached = new HashSet<>();
        Set<String> endingsReachedWithAllChecks = new HashSet<>();
        Set<String> shown = new HashSet<>();
        Set<String> hidden = new HashSet<>();
        while (!todo.isEmpty()) {
            assertTrue(seen.size() < MAX_STATES, "state space of " + graph.id() + " is too large to walk");
            PlayState state = todo.pop();
            Node node = graph.node(state.node());
            if (node.isEnding()) {
                endingsReached.add(node.id());
                if (ScenarioEngine.missed(node.ending().requires(), state).isEmpty()) {
                    endingsReachedWithAllChecks.add(node.id());
                }
                continue;
            }
            List<Choice> visible = ScenarioEngine.visible(graph, state);
            assertTrue(!visible.isEmpty(), () -> graph.id() + ": no choice visible at " + state);
            for (Choice choice : node.choices()) {
                String key = node.id() + "/" + choice.id();
                (visible.contains(choice) ? shown : hidden).add(key);
            }
            for (Choice choice : visible) {
                PlayState next = ScenarioEngine.choose(graph, state, choice.id()).state();
                if (seen.add(withoutStep(next))) {
                    todo.push(next);
                }
            }
        }
        Set<String> endings = graph.endings().stream().map(Node::id).collect(Collectors.toSet());
        assertEquals(endings, endingsReached, graph.id() + ": every ending is reachable");
        for (Node node : graph.endings()) {
            if (node.ending().outcome() == Outcome.GESLAAGD) {
                assertTrue(endingsReachedWithAllChecks.contains(node.id()),
                        graph.id() + ": " + node.id() + " can be reached with all its checks done");
            }
        }
        for (Node node : graph.nodes().values()) {
            for (Choice choice : node.choices()) {
                String key = node.id() + "/" + choice.id();
                assertTrue(shown.contains(key), graph.id() + ": " + key + " is shown in some state");
                if (choice.condition() != null) {
                    assertTrue(hidden.contains(key), graph.id() + ": the condition of " + key + " changes something");
                }
            }
        }
        assertNotNull(graph.persona());
    }

    private static PlayState withoutStep(PlayState state) {
        return new PlayState(state.node(), 0, state.values(), state.checks());
    }

    /**
     * The learning-design review across files (ContentReview) finds nothing in the shipped content: no scenario a
     * course requires has an unrecoverable node, no answer is given away by a lesson or quiz of its course, and every
     * role target is reachable with the content assigned to the role.
     */
    @Test
    void theShippedContentPassesTheReviewAcrossFiles() throws IOException {
        var frameworkRead = FrameworkReader.read("courses/competencies.yaml",
                Files.readString(ROOT.resolve("courses/competencies.yaml")));
        Framework framework = frameworkRead.framework();
        java.util.Map<String, ContentReview.ScenarioFile> scenarios = new java.util.TreeMap<>();
        List<nl.publieksacademie.content.control.Findings> all = new java.util.ArrayList<>();
        all.add(frameworkRead.findings());
        for (Path file : scenarioFiles()) {
            String name = "scenarios/" + file.getFileName();
            var read = ScenarioReader.read(name, Files.readString(file), ContentCheck.idOf(name));
            ScenarioValidator.validate(read.graph(), read.findings(), framework.competencyIds());
            all.add(read.findings());
            scenarios.put(read.graph().id(), new ContentReview.ScenarioFile(read.graph(), read.findings()));
        }
        List<ContentReview.CourseFolder> courses = new java.util.ArrayList<>();
        StringBuilder courseFindings = new StringBuilder();
        try (Stream<Path> dirs = Files.list(ROOT.resolve("courses"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path f : walk.filter(Files::isRegularFile).toList()) {
                        files.put(dir.relativize(f).toString(), Files.readAllBytes(f));
                    }
                }
                String folder = "courses/" + dir.getFileName();
                var read = nl.publieksacademie.courses.control.CourseReader.read(folder, files, framework,
                        scenarios.keySet());
                Stream.concat(read.errors().stream(), read.warnings().stream())
                        .forEach(f -> courseFindings.append(f.describe(Locale.ROOT)).append('\n'));
                courses.add(new ContentReview.CourseFolder(folder, read.course(), read.quizzes(), read.lessons()));
            }
        }
        ContentReview.review(framework, frameworkRead.findings(), scenarios, courses);
        String report = courseFindings + all.stream().flatMap(f -> f.all().stream())
                .map(f -> f.describe(Locale.ROOT)).collect(Collectors.joining("\n"));
        assertTrue(report.isBlank(), report);
    }

    /** The complete example in scenarios/README.md passes the validator, learning-design warnings included. */
    @Test
    void theReadmeExampleIsCleanWithoutWarnings() throws IOException {
        String readme = Files.readString(ROOT.resolve("scenarios/README.md"));
        int from = readme.indexOf("```yaml\n# yaml-language-server") + "```yaml\n".length();
        String example = readme.substring(from, readme.indexOf("```", from));
        ContentCheck.Checked checked = ContentCheck.scenario("README.md", example, "paspoort-verlopen", framework());
        assertTrue(checked.errors().isEmpty() && checked.warnings().isEmpty(), checked.report(Locale.ROOT));
    }

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioSurvivesWritingAndReadingBack() throws IOException {
        return scenarioFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String id = ContentCheck.idOf(file.getFileName().toString());
            ScenarioGraph read = ScenarioReader.read("in.yaml", Files.readString(file), id).graph();
            String written = ScenarioWriter.write(read);
            var again = ScenarioReader.read("out.yaml", written, id);
            assertTrue(again.findings().errors().isEmpty(), written);
            assertEquals(read, again.graph());
        }));
    }
}
