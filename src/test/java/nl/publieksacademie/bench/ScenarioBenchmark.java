package nl.publieksacademie.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.competencies.control.FrameworkReader;
import nl.publieksacademie.content.control.ContentCheck;
import nl.publieksacademie.content.control.Findings;
import nl.publieksacademie.scenarios.control.ScenarioReader;
import nl.publieksacademie.scenarios.control.ScenarioValidator;
import nl.publieksacademie.scenarios.control.PlayState;
import nl.publieksacademie.scenarios.control.ScenarioEngine;
import nl.publieksacademie.scenarios.control.ScenarioReview;
import nl.publieksacademie.scenarios.graph.Outcome;
import nl.publieksacademie.scenarios.graph.Choice;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;

/**
 * Prints the figures of the scenario core on this machine: the engine's step time, validating a generated
 * 1,000-node scenario, and checking 1,000 generated 50-node files as the importer does (read, hash, parse,
 * validate), and the checks of every shipped scenario, full and live (the editor's). Run with
 * {@code mvn -B -Pbench verify} (see README). Every loop is bounded in count.
 */
public final class ScenarioBenchmark {

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Framework framework = FrameworkReader.read("courses/competencies.yaml",
                Files.readString(root.resolve("courses/competencies.yaml"))).framework();
        if (args.length > 1 && args[1].equals("checks")) {
            checks(root, framework);
            return;
        }
        engineStep(root, framework);
        validateLarge(framework);
        importMany(framework);
        checks(root, framework);
    }

    /**
     * Per shipped scenario: the full check as the importer and a save run it (with the searches of conduct,
     * recovery and best evidence), and the editor's live check after an edit of a text (the searches' results
     * known for the same structure) and after an edit of the structure (the searches left for the save).
     */
    static void checks(Path root, Framework framework) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(root.resolve("scenarios"))) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            String name = "scenarios/" + file.getFileName();
            String text = Files.readString(file);
            ScenarioGraph graph = check(name, text, framework).scenario();
            if (graph == null) {
                continue;
            }
            double conduct = median(5, () -> {
                ScenarioReview.forget();
                ScenarioReview.conduct(graph, new Findings(name));
            });
            double recover = median(5, () -> {
                ScenarioReview.forget();
                ScenarioReview.unrecoverable(graph, new Findings(name), java.util.Set.of(Outcome.GESLAAGD,
                        Outcome.DEELS), "bench");
            });
            double tallies = median(5, () -> {
                ScenarioReview.forget();
                ScenarioReview.tallies(graph);
            });
            ScenarioReview.forget();
            double full = median(5, () -> {
                ScenarioReview.forget();
                check(name, text, framework);
            });
            check(name, text, framework);
            String retexted = text.replaceFirst("says: ", "says: Hm. ");
            double liveText = median(9, () -> ContentCheck.scenarioLive(name, retexted, ContentCheck.idOf(name),
                    framework));
            double liveStructure = median(9, () -> {
                ScenarioReview.forget();
                ContentCheck.scenarioLive(name, text, ContentCheck.idOf(name), framework);
            });
            System.out.printf(Locale.ROOT, "%-40s full check %6.1f ms (conduct %6.1f, recovery %6.1f, best"
                    + " evidence %6.1f); live after a text edit %5.1f ms, after a structure edit %5.1f ms%n",
                    name, full, conduct, recover, tallies, liveText, liveStructure);
        }
    }

    private static double median(int runs, Runnable task) {
        task.run();
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[runs / 2] / 1e6;
    }

    static void engineStep(Path root, Framework framework) throws IOException {
        ScenarioGraph graph = check("scenarios/paspoort-verlopen.yaml",
                Files.readString(root.resolve("scenarios/paspoort-verlopen.yaml")), framework).scenario();
        Random random = new Random(42);
        walk(graph, random, 300_000, null);
        long[] times = new long[1_000_000];
        walk(graph, random, times.length, times);
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "engine step (visible choices + choose), %d steps: median %.2f µs, p99 %.2f µs%n",
                times.length, times[times.length / 2] / 1000.0, times[times.length * 99 / 100] / 1000.0);
    }

    private static void walk(ScenarioGraph graph, Random random, int steps, long[] times) {
        PlayState state = ScenarioEngine.start(graph);
        for (int i = 0; i < steps; i++) {
            long start = System.nanoTime();
            List<Choice> visible = ScenarioEngine.visible(graph, state);
            PlayState next = visible.isEmpty() ? null
                    : ScenarioEngine.choose(graph, state, visible.get(random.nextInt(visible.size())).id()).state();
            if (times != null) {
                times[i] = System.nanoTime() - start;
            }
            state = next == null || graph.node(next.node()).isEnding() ? ScenarioEngine.start(graph) : next;
        }
    }

    static void validateLarge(Framework framework) {
        String text = generate("groot", 1000);
        for (int i = 0; i < 20; i++) {
            check("scenarios/groot.yaml", text, framework);
        }
        long[] times = new long[30];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            ContentCheck.Checked checked = check("scenarios/groot.yaml", text, framework);
            times[i] = System.nanoTime() - start;
            if (!checked.valid()) {
                throw new IllegalStateException(checked.report(Locale.ROOT));
            }
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "read + validate a 1,000-node scenario (%d KiB): median %.1f ms, max %.1f ms%n",
                text.length() / 1024, times[times.length / 2] / 1e6, times[times.length - 1] / 1e6);
        ScenarioReader.Read read = ScenarioReader.read("scenarios/groot.yaml", text, "groot");
        for (int i = 0; i < times.length; i++) {
            Findings findings = new Findings("scenarios/groot.yaml");
            long start = System.nanoTime();
            ScenarioValidator.validate(read.graph(), findings, framework.competencyIds());
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "  of which the graph validator alone: median %.1f ms%n",
                times[times.length / 2] / 1e6);
    }

    static void importMany(Framework framework) throws IOException {
        Path folder = Files.createTempDirectory("pa-bench");
        try {
            for (int i = 0; i < 1000; i++) {
                Files.writeString(folder.resolve("s" + i + ".yaml"), generate("s" + i, 50));
            }
            long start = System.nanoTime();
            int valid = 0;
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    hash(text);
                    if (check("scenarios/" + file.getFileName(), text, framework).valid()) {
                        valid++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "read, hash, parse and validate 1,000 files of 50 nodes: %.2f s (%d valid)%n",
                    (System.nanoTime() - start) / 1e9, valid);
        } finally {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    static ContentCheck.Checked check(String file, String text, Framework framework) {
        return ContentCheck.scenario(file, text, ContentCheck.idOf(file), framework);
    }

    /**
     * A valid scenario of {@code nodes} nodes: a chain where each node offers the next and the one after, one of
     * them behind a condition, and the last three nodes are endings.
     */
    public static String generate(String id, int nodes) {
        StringBuilder yaml = new StringBuilder(nodes * 400);
        yaml.append("id: ").append(id).append("\ntitle: Gegenereerd\nsummary: Voor de benchmark.\nsetting: balie\n")
                .append("duration: 10\npersona: {name: Test Persoon, initials: TP, description: Gegenereerd.}\n")
                .append("competencies: [dienen, de-escalatie]\n")
                .append("variables:\n  irritatie: {type: int, min: 0, max: 10, start: 3, meter: true, label: Irritatie}\n")
                .append("checks:\n  gevraagd: {label: Gevraagd}\nstart: n0\nnodes:\n");
        int endings = 3;
        for (int i = 0; i < nodes; i++) {
            yaml.append("  n").append(i).append(":\n    says: Zin nummer ").append(i).append(".\n");
            if (i >= nodes - endings) {
                yaml.append("    ending: {outcome: ").append(i == nodes - 1 ? "geslaagd" : "deels")
                        .append(", title: Einde, debrief: Klaar.")
                        .append(i == nodes - 1 ? ", requires: [gevraagd]" : "").append("}\n");
                continue;
            }
            yaml.append("    choices:\n");
            int next = Math.min(i + 1, nodes - 1);
            int last = nodes - endings - 1;
            int skip = i == last ? nodes - 1 : i == last - 1 ? nodes - 2 : Math.min(i + 2, nodes - 1);
            yaml.append("      - {id: verder, text: Verder., effects: {irritatie: irritatie - 1}, sets: [gevraagd], ")
                    .append("evidence: [{competency: dienen, weight: 2, reason: Goed.}], feedback: Goed., goto: n")
                    .append(next).append("}\n");
            yaml.append("      - {id: overslaan, text: Overslaan., if: irritatie < 8, effects: {irritatie: irritatie + 2}, ")
                    .append("evidence: [{competency: de-escalatie, weight: -1, reason: Haastig.}], feedback: Haastig., goto: n")
                    .append(skip).append("}\n");
        }
        return yaml.toString();
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
