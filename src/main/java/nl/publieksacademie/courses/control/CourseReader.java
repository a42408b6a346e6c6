package nl.publieksacademie.courses.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.content.control.Finding;
import nl.publieksacademie.content.control.Findings;
import nl.publieksacademie.content.control.Jargon;
import nl.publieksacademie.content.control.YamlTree;
import nl.publieksacademie.scenarios.graph.Outcome;

/**
 * Reads and checks a course folder as one unit: {@code course.yaml}, the lessons and quizzes it names and the
 * images the lessons show. Every problem is a finding in the file where it is, with line and column: unknown job
 * roles, competencies and scenarios, missing or misnamed lesson and quiz files, duplicate ids, broken images and
 * links. Pure: the caller supplies the files, the framework and the slugs of the valid scenarios.
 */
public final class CourseReader {

    public static final String COURSE_FILE = "course.yaml";
    public static final String QUIZ_SUFFIX = ".quiz.yaml";
    static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";
    static final int MAX_FILES = 200;
    static final int MAX_IMAGE = 2 * 1024 * 1024;
    private static final List<String> TOP = List.of("title", "summary", "roles", "competencies", "duration", "modules");
    private static final List<String> MODULE = List.of("id", "title", "steps");
    private static final List<String> STEP = List.of("id", "title", "lesson", "quiz", "scenario", "pass", "optional");

    /** A read course folder: the course, its quizzes by file and lessons by file, and every finding. */
    public record Read(Course course, Map<String, Quiz> quizzes, Map<String, String> lessons, List<Finding> errors,
            List<Finding> warnings) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private CourseReader() {}

    /**
     * @param folder     the folder as shown in findings, e.g. {@code courses/hostmanship-aan-de-balie}
     * @param files      every file of the folder by its name relative to the folder
     * @param framework  the competency framework (job roles and competencies); null when there is none
     * @param scenarios  the slugs of the scenarios a step may name
     */
    public static Read read(String folder, Map<String, byte[]> files, Framework framework, Set<String> scenarios) {
        String slug = folder.substring(folder.lastIndexOf('/') + 1);
        Findings course = new Findings(folder + "/" + COURSE_FILE);
        List<Findings> all = new ArrayList<>(List.of(course));
        Map<String, Quiz> quizzes = new LinkedHashMap<>();
        Map<String, String> lessons = new LinkedHashMap<>();
        Set<String> competencies = framework == null ? null : framework.competencyIds();
        if (!slug.matches(ID)) {
            course.error("", "course.badSlug", slug);
        }
        if (files.size() > MAX_FILES) {
            course.error("", "course.tooManyFiles", files.size(), MAX_FILES);
        }
        Optional<String> text = files.containsKey(COURSE_FILE) ? text(files.get(COURSE_FILE), course, 2048)
                : Optional.empty();
        if (!files.containsKey(COURSE_FILE)) {
            course.error("", "course.noCourseFile", folder);
        }
        Course read = text.flatMap(t -> course(slug, t, course, framework, scenarios, files.keySet())).orElse(null);
        if (read != null) {
            for (Course.Step step : read.steps()) {
                Findings findings = new Findings(folder + "/" + step.file());
                if (step.kind() == Course.Kind.LESSON && !lessons.containsKey(step.file())) {
                    all.add(findings);
                    text(files.get(step.file()), findings, LessonMarkup.MAX_SIZE / 1024).ifPresent(lesson -> {
                        LessonMarkup.check(lesson, files.keySet(), findings);
                        Jargon.lesson(lesson, findings);
                        lessons.put(step.file(), lesson);
                    });
                } else if (step.kind() == Course.Kind.QUIZ && !quizzes.containsKey(step.file())) {
                    all.add(findings);
                    text(files.get(step.file()), findings, 2048)
                            .flatMap(quiz -> QuizReader.read(quiz, findings, competencies))
                            .ifPresent(quiz -> quizzes.put(step.file(), quiz));
                }
            }
            Set<String> used = new TreeSet<>();
            used.add(COURSE_FILE);
            used.addAll(lessons.keySet());
            used.addAll(quizzes.keySet());
            read.steps().stream().map(Course.Step::file).filter(f -> f != null).forEach(used::add);
            lessons.values().forEach(lesson -> used.addAll(LessonMarkup.images(lesson)));
            files.forEach((name, bytes) -> {
                if (!used.contains(name)) {
                    course.warning("", "course.unusedFile", name);
                } else if (isImage(name) && bytes.length > MAX_IMAGE) {
                    course.error("", "course.imageTooLarge", name, MAX_IMAGE / 1024);
                } else if (name.toLowerCase(Locale.ROOT).endsWith(".svg") && !isPlainDrawing(bytes)) {
                    course.error("", "course.unsafeSvg", name);
                }
            });
        }
        List<Finding> findings = all.stream().flatMap(f -> f.all().stream()).toList();
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        List<Finding> warnings = findings.stream().filter(f -> !f.isError()).toList();
        return new Read(errors.isEmpty() ? read : null, quizzes, lessons, errors, warnings);
    }

    private static Optional<Course> course(String slug, String text, Findings findings, Framework framework,
            Set<String> scenarios, Set<String> files) {
        Optional<YamlTree.Value> root = YamlTree.parse(text, findings);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Map<String, YamlTree.Value> top = root.get().entries(TOP, TOP);
        String title = textOf(top, "title");
        String summary = textOf(top, "summary");
        List<String> roles = ids(top.get("roles"), "role",
                framework == null ? null : framework.roles().keySet(), "course.unknownRole");
        List<String> competencies = ids(top.get("competencies"), "competency",
                framework == null ? null : framework.competencyIds(), "course.unknownCompetency");
        int duration = Optional.ofNullable(top.get("duration")).flatMap(YamlTree.Value::integer).orElse(0);
        if (top.containsKey("duration") && (duration < 1 || duration > 600)) {
            findings.error(top.get("duration").path(), "course.badDuration", duration);
        }
        List<Course.Module> modules = new ArrayList<>();
        if (top.containsKey("modules")) {
            Map<String, Integer> moduleIds = new HashMap<>();
            Map<String, Integer> stepIds = new HashMap<>();
            List<YamlTree.Value> items = top.get("modules").items();
            if (top.get("modules").isList() && items.isEmpty()) {
                findings.error(top.get("modules").path(), "course.noModules");
            }
            for (YamlTree.Value item : items) {
                module(item, moduleIds, stepIds, scenarios, files).ifPresent(modules::add);
            }
            boolean anyRequired = modules.stream().flatMap(m -> m.steps().stream()).anyMatch(s -> !s.optional());
            if (!modules.isEmpty() && !anyRequired) {
                findings.error(top.get("modules").path(), "course.noRequiredStep");
            }
        }
        if (findings.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Course(slug, title, summary, roles, competencies, duration, modules));
    }

    private static Optional<Course.Module> module(YamlTree.Value value, Map<String, Integer> moduleIds,
            Map<String, Integer> stepIds, Set<String> scenarios, Set<String> files) {
        Findings findings = value.findings();
        Map<String, YamlTree.Value> fields = value.entries(MODULE, MODULE);
        Optional<String> id = unique(fields.get("id"), "module", moduleIds, "course.duplicateModule");
        String title = textOf(fields, "title");
        List<Course.Step> steps = new ArrayList<>();
        if (fields.containsKey("steps")) {
            List<YamlTree.Value> items = fields.get("steps").items();
            if (fields.get("steps").isList() && items.isEmpty()) {
                findings.error(fields.get("steps").path(), "course.noSteps");
            }
            for (YamlTree.Value item : items) {
                step(item, stepIds, scenarios, files).ifPresent(steps::add);
            }
        }
        return id.map(i -> new Course.Module(i, title, steps));
    }

    private static Optional<Course.Step> step(YamlTree.Value value, Map<String, Integer> stepIds,
            Set<String> scenarios, Set<String> files) {
        Findings findings = value.findings();
        Map<String, YamlTree.Value> fields = value.entries(STEP, List.of("id", "title"));
        Optional<String> id = unique(fields.get("id"), "step", stepIds, "course.duplicateStep");
        String title = textOf(fields, "title");
        List<String> kinds = List.of("lesson", "quiz", "scenario").stream().filter(fields::containsKey).toList();
        boolean optional = Optional.ofNullable(fields.get("optional")).flatMap(YamlTree.Value::bool).orElse(false);
        if (kinds.size() != 1) {
            findings.error(value.path(), "course.stepKind");
            return Optional.empty();
        }
        String kind = kinds.get(0);
        YamlTree.Value target = fields.get(kind);
        Optional<String> name = target.text();
        Set<Outcome> pass = EnumSet.noneOf(Outcome.class);
        if (fields.containsKey("pass") && !kind.equals("scenario")) {
            findings.error(fields.get("pass").path(), "course.passNotScenario");
        }
        if (name.isPresent()) {
            switch (kind) {
                case "lesson" -> {
                    if (!name.get().endsWith(".md")) {
                        findings.error(target.path(), "course.lessonName", name.get());
                    } else if (!files.contains(name.get())) {
                        findings.error(target.path(), "course.missingFile", name.get());
                    }
                }
                case "quiz" -> {
                    if (!name.get().endsWith(QUIZ_SUFFIX)) {
                        findings.error(target.path(), "course.quizName", name.get());
                    } else if (!files.contains(name.get())) {
                        findings.error(target.path(), "course.missingFile", name.get());
                    }
                }
                default -> {
                    if (scenarios != null && !scenarios.contains(name.get())) {
                        findings.error(target.path(), "course.unknownScenario", name.get(),
                                String.join(", ", new TreeSet<>(scenarios)));
                    }
                    pass.addAll(outcomes(fields.get("pass")));
                }
            }
        }
        if (id.isEmpty() || title == null || name.isEmpty()) {
            return Optional.empty();
        }
        Course.Kind k = Course.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        boolean scenario = k == Course.Kind.SCENARIO;
        return Optional.of(new Course.Step(id.get(), title, k, scenario ? null : name.get(),
                scenario ? name.get() : null, pass, optional));
    }

    private static Set<Outcome> outcomes(YamlTree.Value value) {
        if (value == null) {
            return EnumSet.of(Outcome.GESLAAGD);
        }
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        List<YamlTree.Value> items = value.items();
        if (value.isList() && items.isEmpty()) {
            value.findings().error(value.path(), "course.noPass");
        }
        for (YamlTree.Value item : items) {
            item.text().ifPresent(text -> java.util.Arrays.stream(Outcome.values())
                    .filter(o -> o.key().equals(text)).findFirst()
                    .ifPresentOrElse(outcomes::add,
                            () -> item.findings().error(item.path(), "course.badOutcome", text)));
        }
        return outcomes;
    }

    private static Optional<String> unique(YamlTree.Value value, String kind, Map<String, Integer> seen,
            String duplicateKey) {
        if (value == null) {
            return Optional.empty();
        }
        Optional<String> id = value.id(ID, kind);
        if (id.isPresent()) {
            Integer first = seen.putIfAbsent(id.get(), value.position().line());
            if (first != null) {
                value.findings().error(value.path(), duplicateKey, id.get(), first);
                return Optional.empty();
            }
        }
        return id;
    }

    private static List<String> ids(YamlTree.Value value, String kind, Set<String> known, String unknownKey) {
        List<String> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        for (YamlTree.Value item : value.items()) {
            item.id(ID, kind).ifPresent(id -> {
                if (known != null && !known.contains(id)) {
                    item.findings().error(item.path(), unknownKey, id);
                } else if (ids.contains(id)) {
                    item.findings().error(item.path(), "scenario.duplicateInList", id);
                } else {
                    ids.add(id);
                }
            });
        }
        if (value.isList() && ids.isEmpty() && !value.findings().hasErrorsUnder(value.path())) {
            value.findings().error(value.path(), "course.emptyList", kind);
        }
        return ids;
    }

    /** The text of a field; learner text, so checked for jargon. */
    private static String textOf(Map<String, YamlTree.Value> fields, String key) {
        YamlTree.Value value = fields.get(key);
        String text = Optional.ofNullable(value).flatMap(YamlTree.Value::text).orElse(null);
        if (text != null) {
            Jargon.check(text, value.path(), value.findings());
        }
        return text;
    }

    /** UTF-8 text of a file at most {@code maxKiB} long; otherwise a finding. */
    private static Optional<String> text(byte[] bytes, Findings findings, int maxKiB) {
        if (bytes.length > maxKiB * 1024) {
            findings.error("", "course.fileTooLarge", maxKiB);
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            findings.error("", "course.notUtf8");
            return Optional.empty();
        }
    }

    /** What makes an SVG more than a drawing: script, event handlers, embedded HTML, entities, outside references. */
    private static final Pattern ACTIVE_SVG = Pattern.compile("<script|<foreignobject|<!entity|<!doctype|<iframe"
            + "|<embed|<object|javascript:|\\son[a-z]+\\s*=|(?:href|src)\\s*=\\s*[\"'](?!#)|url\\(\\s*['\"]?(?!#)|@import",
            Pattern.CASE_INSENSITIVE);

    /** An SVG in UTF-8 that only draws: it refers to nothing outside itself and runs nothing. */
    static boolean isPlainDrawing(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.contains("<svg") && !ACTIVE_SVG.matcher(text).find();
    }

    static boolean isImage(String name) {
        return LessonMarkup.IMAGE_TYPES.contains(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
    }
}
