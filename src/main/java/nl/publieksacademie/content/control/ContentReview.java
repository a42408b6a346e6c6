package nl.publieksacademie.content.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.competencies.control.LevelRule;
import nl.publieksacademie.courses.control.Course;
import nl.publieksacademie.courses.control.Quiz;
import nl.publieksacademie.scenarios.control.ScenarioReview;
import nl.publieksacademie.scenarios.graph.Choice;
import nl.publieksacademie.scenarios.graph.Node;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;

/**
 * The learning-design checks across files, on content that has no errors: scenarios that a course step requires
 * but from which a passing ending can be out of reach, scenario answers given away in a lesson or quiz of the same
 * course, and role targets in the framework that the content assigned to the role cannot reach. Every finding is a
 * warning, recorded in the file it is about (the scenario, or {@code courses/competencies.yaml}) through that
 * file's own {@link Findings}, so it carries line and column. Pure.
 */
public final class ContentReview {

    /** A valid scenario and the findings of its file. */
    public record ScenarioFile(ScenarioGraph graph, Findings findings) {}

    /** A valid course folder: the course, its quizzes and lessons by file name. */
    public record CourseFolder(String folder, Course course, Map<String, Quiz> quizzes, Map<String, String> lessons) {}

    /** Consecutive words a scenario answer shares with a lesson or quiz before it counts as given away. */
    static final int GIVEAWAY_WORDS = 8;

    private ContentReview() {}

    /** Runs every cross-file check. {@code framework} and {@code frameworkFindings} may be null (no framework). */
    public static void review(Framework framework, Findings frameworkFindings, Map<String, ScenarioFile> scenarios,
            List<CourseFolder> courses) {
        for (CourseFolder folder : courses) {
            requiredScenarios(folder, scenarios);
            giveaways(folder, scenarios);
        }
        if (framework != null && frameworkFindings != null) {
            targets(framework, frameworkFindings, scenarios, courses);
        }
    }

    /**
     * The checks across files for one course folder (unrecoverable nodes in its required scenarios, giveaways),
     * answered as new warnings; the scenarios' own findings are left as they were. For the importer, which reports
     * them with the course.
     */
    public static List<Finding> course(CourseFolder folder, Map<String, ScenarioFile> scenarios) {
        return course(folder, scenarios, false).warnings();
    }

    /** What the checks across files found, and whether every search ran ({@code live} leaves unknown ones out). */
    public record Reviewed(List<Finding> warnings, boolean complete) {}

    /**
     * As {@link #course(CourseFolder, Map)}; {@code live} (an editor after every change) replays the searches for
     * unrecoverable nodes only where their result is known for the same structure and says whether all were.
     */
    public static Reviewed course(CourseFolder folder, Map<String, ScenarioFile> scenarios, boolean live) {
        Map<String, ScenarioFile> fresh = new LinkedHashMap<>();
        scenarios.forEach((slug, file) -> {
            Findings copy = new Findings(file.findings().file());
            copy.locator(file.findings()::position);
            fresh.put(slug, new ScenarioFile(file.graph(), copy));
        });
        boolean complete = requiredScenarios(folder, fresh, live);
        giveaways(folder, fresh);
        return new Reviewed(fresh.values().stream().flatMap(f -> f.findings().warnings().stream()).toList(),
                complete);
    }

    /** Unrecoverable nodes in the scenarios that a required step of the course must see passed. */
    static void requiredScenarios(CourseFolder folder, Map<String, ScenarioFile> scenarios) {
        requiredScenarios(folder, scenarios, false);
    }

    private static boolean requiredScenarios(CourseFolder folder, Map<String, ScenarioFile> scenarios,
            boolean live) {
        boolean complete = true;
        for (Course.Step step : folder.course().steps()) {
            ScenarioFile scenario = step.kind() == Course.Kind.SCENARIO ? scenarios.get(step.scenario()) : null;
            if (scenario == null || step.optional()) {
                continue;
            }
            String name = folder.folder() + " (" + step.id() + ")";
            if (live) {
                complete &= ScenarioReview.unrecoverableKnown(scenario.graph(), scenario.findings(), step.pass(),
                        name);
            } else {
                ScenarioReview.unrecoverable(scenario.graph(), scenario.findings(), step.pass(), name);
            }
        }
        return complete;
    }

    /** Scenario answers that a lesson or quiz of the same course repeats nearly word for word. */
    static void giveaways(CourseFolder folder, Map<String, ScenarioFile> scenarios) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        folder.lessons().forEach((file, text) -> texts.put(folder.folder() + "/" + file, words(text)));
        folder.quizzes().forEach((file, quiz) -> {
            for (Quiz.Question q : quiz.questions()) {
                StringBuilder all = new StringBuilder(q.question());
                q.options().forEach(o -> all.append(" | ").append(o.text()).append(" | ").append(o.feedback()));
                texts.put(folder.folder() + "/" + file + " (" + q.id() + ")", words(all.toString()));
            }
        });
        // each text's runs of n words, made once per text and length rather than once per answer
        Map<String, Map<Integer, Set<String>>> grams = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Course.Step step : folder.course().steps()) {
            ScenarioFile scenario = step.kind() == Course.Kind.SCENARIO ? scenarios.get(step.scenario()) : null;
            if (scenario == null || !seen.add(step.scenario())) {
                continue;
            }
            for (Node node : scenario.graph().nodes().values()) {
                for (int i = 0; i < node.choices().size(); i++) {
                    Choice choice = node.choices().get(i);
                    List<String> answer = words(choice.text());
                    int n = Math.min(GIVEAWAY_WORDS, answer.size());
                    if (n < 6) {
                        continue;
                    }
                    for (Map.Entry<String, List<String>> text : texts.entrySet()) {
                        Set<String> runs = grams.computeIfAbsent(text.getKey(), k -> new HashMap<>())
                                .computeIfAbsent(n, k -> grams(text.getValue(), k));
                        String shared = shared(answer, runs, n);
                        if (shared != null) {
                            scenario.findings().warning("nodes." + node.id() + ".choices[" + i + "].text",
                                    "scenario.giveaway", choice.id(), node.id(), text.getKey(), shared);
                            break;
                        }
                    }
                }
            }
        }
    }

    /** The first run of {@code n} words of {@code answer} that is one of {@code runs}; null when none. */
    static String shared(List<String> answer, Set<String> runs, int n) {
        for (int i = 0; i + n <= answer.size(); i++) {
            String gram = String.join(" ", answer.subList(i, i + n));
            if (runs.contains(gram)) {
                return gram;
            }
        }
        return null;
    }

    /** Every run of {@code n} consecutive words of {@code text}, joined by single spaces. */
    static Set<String> grams(List<String> text, int n) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + n <= text.size(); i++) {
            grams.add(String.join(" ", text.subList(i, i + n)));
        }
        return grams;
    }

    /** Lowercase words without accents and punctuation: "Vier keer, dát is" gives [vier, keer, dat, is]. */
    static List<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
    }

    /**
     * Role targets out of reach. The content of a role is every course that lists it, with its scenarios and
     * quizzes. Each counts once, as one play or one submission, at its best for the competency (a scenario play
     * that visits each node at most once; a quiz answered all right); replays and resubmissions do not count, so
     * the check holds without repetition. Evidence counts as fresh. The best level is the highest whose threshold
     * (mean weight and amount of evidence) some choice of these plays reaches.
     */
    static void targets(Framework framework, Findings findings, Map<String, ScenarioFile> scenarios,
            List<CourseFolder> courses) {
        targets(framework, findings, scenarios, courses, false);
    }

    /**
     * The check of role targets, for the editors: with {@code live} it runs only when the best evidence of every
     * scenario involved is known for its structure (else it adds nothing and answers false), so a live check never
     * searches; without, it searches what is not known.
     */
    public static boolean targets(Framework framework, Findings findings, Map<String, ScenarioFile> scenarios,
            List<CourseFolder> courses, boolean live) {
        Map<String, Map<String, Set<ScenarioReview.Tally>>> tallies = new LinkedHashMap<>();
        if (live) {
            for (CourseFolder folder : courses) {
                for (Course.Step step : folder.course().steps()) {
                    ScenarioFile file = step.kind() == Course.Kind.SCENARIO ? scenarios.get(step.scenario()) : null;
                    if (file != null && !tallies.containsKey(step.scenario())) {
                        Map<String, Set<ScenarioReview.Tally>> known = ScenarioReview.talliesKnown(file.graph());
                        if (known == null) {
                            return false;
                        }
                        tallies.put(step.scenario(), known);
                    }
                }
            }
        }
        for (Framework.RoleProfile role : framework.roles().values()) {
            List<Map<String, Set<ScenarioReview.Tally>>> items = new ArrayList<>();
            Set<String> scenarioSlugs = new LinkedHashSet<>();
            for (CourseFolder folder : courses) {
                if (!folder.course().roles().contains(role.id())) {
                    continue;
                }
                for (Course.Step step : folder.course().steps()) {
                    if (step.kind() == Course.Kind.SCENARIO && scenarios.containsKey(step.scenario())) {
                        scenarioSlugs.add(step.scenario());
                    }
                }
                folder.quizzes().values().forEach(quiz -> items.add(quizTallies(quiz)));
            }
            for (String slug : scenarioSlugs) {
                items.add(tallies.computeIfAbsent(slug, s -> ScenarioReview.tallies(scenarios.get(s).graph())));
            }
            role.targets().forEach((competency, target) -> {
                List<Set<ScenarioReview.Tally>> options = new ArrayList<>();
                for (Map<String, Set<ScenarioReview.Tally>> item : items) {
                    Set<ScenarioReview.Tally> own = item.get(competency);
                    if (own != null) {
                        options.add(own);
                    }
                }
                Best best = best(framework.rule(), options);
                if (best.level() < target) {
                    findings.warning("roles." + role.id() + ".targets." + competency, "framework.unreachableTarget",
                            role.id(), competency, target, best.level(), best.describe(framework.rule(), target));
                }
            });
        }
        return true;
    }

    private static Map<String, Set<ScenarioReview.Tally>> quizTallies(Quiz quiz) {
        Map<String, int[]> sums = new LinkedHashMap<>();
        for (Quiz.Question q : quiz.questions()) {
            for (Quiz.Weight w : q.evidence()) {
                int[] t = sums.computeIfAbsent(w.competency(), c -> new int[2]);
                t[0] += w.weight();
                t[1]++;
            }
        }
        Map<String, Set<ScenarioReview.Tally>> out = new LinkedHashMap<>();
        sums.forEach((c, t) -> out.put(c, new LinkedHashSet<>(List.of(new ScenarioReview.Tally(0, 0),
                new ScenarioReview.Tally(t[0], t[1])))));
        return out;
    }

    /** The best level and, for the message, the most evidence and the best mean weight on their own. */
    record Best(int level, int pieces, double bestMean) {
        String describe(LevelRule rule, int target) {
            LevelRule.Threshold wanted = rule.thresholds().stream().filter(t -> t.level() == target).findFirst()
                    .orElseThrow();
            return String.format(Locale.ROOT, "at most %d pieces of evidence, best mean weight %.2f; level %d needs"
                    + " a mean of %.1f over %.0f pieces", pieces, bestMean, target, wanted.score(), wanted.evidence());
        }
    }

    /** The highest level some selection of one option per item reaches; items may also be left out. */
    static Best best(LevelRule rule, List<Set<ScenarioReview.Tally>> items) {
        int pieces = 0;
        double bestMean = Double.NEGATIVE_INFINITY;
        for (Set<ScenarioReview.Tally> item : items) {
            pieces += item.stream().mapToInt(ScenarioReview.Tally::count).max().orElse(0);
            for (ScenarioReview.Tally t : item) {
                if (t.count() > 0) {
                    bestMean = Math.max(bestMean, (double) t.sum() / t.count());
                }
            }
        }
        int level = 1;
        for (LevelRule.Threshold threshold : rule.thresholds()) {
            if (reaches(items, threshold)) {
                level = Math.max(level, threshold.level());
            }
        }
        return new Best(level, pieces, bestMean == Double.NEGATIVE_INFINITY ? 0 : bestMean);
    }

    /**
     * Whether some selection has {@code count >= threshold.evidence} and {@code sum >= threshold.score * count}:
     * a knapsack over the count (capped at the needed amount), keeping the largest {@code sum - score * count}.
     */
    static boolean reaches(List<Set<ScenarioReview.Tally>> items, LevelRule.Threshold threshold) {
        int cap = (int) Math.ceil(threshold.evidence() - 1e-9);
        if (cap < 1) {
            cap = 1;
        }
        double[] dp = new double[cap + 1];
        Arrays.fill(dp, Double.NEGATIVE_INFINITY);
        dp[0] = 0;
        for (Set<ScenarioReview.Tally> item : items) {
            double[] next = dp.clone();
            for (int k = 0; k <= cap; k++) {
                if (dp[k] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                for (ScenarioReview.Tally t : item) {
                    if (t.count() == 0) {
                        continue;
                    }
                    int to = Math.min(cap, k + t.count());
                    next[to] = Math.max(next[to], dp[k] + t.sum() - threshold.score() * t.count());
                }
            }
            dp = next;
        }
        return dp[cap] >= -1e-9 && cap >= threshold.evidence() - 1e-9;
    }
}
