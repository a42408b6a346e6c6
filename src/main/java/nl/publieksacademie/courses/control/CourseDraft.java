package nl.publieksacademie.courses.control;

import static nl.publieksacademie.content.control.LooseYaml.clean;
import static nl.publieksacademie.content.control.LooseYaml.dump;
import static nl.publieksacademie.content.control.LooseYaml.integer;
import static nl.publieksacademie.content.control.LooseYaml.put;
import static nl.publieksacademie.content.control.LooseYaml.text;
import static nl.publieksacademie.content.control.LooseYaml.texts;
import static nl.publieksacademie.content.control.LooseYaml.unique;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.publieksacademie.content.control.LooseYaml;

/**
 * A course folder as the course editor changes it: the course file's fields, the modules and steps in order, the
 * lessons' Markdown and the quizzes, all mutable and unchecked. It reads a folder leniently and writes it back in
 * the {@code courses/} format (other files, such as images, are kept as they are); {@link CourseReader} then says
 * what is wrong.
 */
public final class CourseDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String slug;
    private String title;
    private String summary;
    private List<String> roles = new ArrayList<>();
    private List<String> competencies = new ArrayList<>();
    private Integer duration;
    private List<ModuleDraft> modules = new ArrayList<>();
    private Map<String, String> lessons = new TreeMap<>();
    private Map<String, QuizDraft> quizzes = new TreeMap<>();
    private Map<String, byte[]> other = new TreeMap<>();

    /** A new course that is valid as it stands: one module with one lesson. */
    public static CourseDraft blank(String slug, String title, String role, String competency) {
        CourseDraft draft = new CourseDraft();
        draft.slug = slug;
        draft.title = title;
        draft.summary = title;
        draft.roles.add(role);
        draft.competencies.add(competency);
        draft.duration = 30;
        ModuleDraft module = new ModuleDraft("module-1", "Module 1");
        draft.modules.add(module);
        draft.addStep(module, "lesson");
        return draft;
    }

    // ------------------------------------------------------------------------------------------------- reading

    public static CourseDraft read(String slug, Map<String, byte[]> files) {
        CourseDraft draft = new CourseDraft();
        draft.slug = slug;
        Map<?, ?> top = yaml(files.get(CourseReader.COURSE_FILE)).orElse(Map.of());
        draft.title = text(top.get("title"));
        draft.summary = text(top.get("summary"));
        draft.roles = texts(top.get("roles"));
        draft.competencies = texts(top.get("competencies"));
        draft.duration = integer(top.get("duration"));
        if (top.get("modules") instanceof List<?> modules) {
            for (Object m : modules) {
                if (m instanceof Map<?, ?> mf) {
                    ModuleDraft module = new ModuleDraft(text(mf.get("id")), text(mf.get("title")));
                    if (mf.get("steps") instanceof List<?> steps) {
                        for (Object s : steps) {
                            if (s instanceof Map<?, ?> sf) {
                                module.getSteps().add(step(sf));
                            }
                        }
                    }
                    draft.modules.add(module);
                }
            }
        }
        files.forEach((name, bytes) -> {
            if (name.equals(CourseReader.COURSE_FILE)) {
                return;
            }
            if (name.endsWith(".md")) {
                draft.lessons.put(name, new String(bytes, StandardCharsets.UTF_8));
            } else if (name.endsWith(CourseReader.QUIZ_SUFFIX)) {
                draft.quizzes.put(name, QuizDraft.read(yaml(bytes).orElse(Map.of())));
            } else {
                draft.other.put(name, bytes.clone());
            }
        });
        return draft;
    }

    private static StepDraft step(Map<?, ?> f) {
        StepDraft step = new StepDraft();
        step.setId(text(f.get("id")));
        step.setTitle(text(f.get("title")));
        if (f.containsKey("lesson")) {
            step.setKind("lesson");
            step.setTarget(text(f.get("lesson")));
        } else if (f.containsKey("quiz")) {
            step.setKind("quiz");
            step.setTarget(text(f.get("quiz")));
        } else {
            step.setKind("scenario");
            step.setTarget(text(f.get("scenario")));
        }
        if (f.get("pass") instanceof List<?>) {
            step.setPass(texts(f.get("pass")));
        }
        step.setOptional(Boolean.TRUE.equals(f.get("optional")));
        return step;
    }

    static Optional<Map<?, ?>> yaml(byte[] bytes) {
        return bytes == null ? Optional.empty() : LooseYaml.map(new String(bytes, StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------------------------- writing

    /** Every file of the folder: course.yaml, the lessons and quizzes the draft holds, and the other files. */
    public Map<String, byte[]> write() {
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, Object> top = new LinkedHashMap<>();
        put(top, "title", title);
        put(top, "summary", summary);
        top.put("roles", clean(roles));
        top.put("competencies", clean(competencies));
        put(top, "duration", duration);
        List<Object> ms = new ArrayList<>();
        for (ModuleDraft m : modules) {
            Map<String, Object> mf = new LinkedHashMap<>();
            put(mf, "id", m.getId());
            put(mf, "title", m.getTitle());
            List<Object> ss = new ArrayList<>();
            for (StepDraft s : m.getSteps()) {
                Map<String, Object> sf = new LinkedHashMap<>();
                put(sf, "id", s.getId());
                put(sf, "title", s.getTitle());
                put(sf, s.getKind() == null ? "lesson" : s.getKind(), s.getTarget() == null ? "" : s.getTarget());
                if ("scenario".equals(s.getKind()) && !clean(s.getPass()).isEmpty()) {
                    sf.put("pass", clean(s.getPass()));
                }
                if (s.isOptional()) {
                    sf.put("optional", true);
                }
                ss.add(sf);
            }
            mf.put("steps", ss);
            ms.add(mf);
        }
        top.put("modules", ms);
        files.put(CourseReader.COURSE_FILE, dump(top).getBytes(StandardCharsets.UTF_8));
        lessons.forEach((name, text) -> files.put(name, (text == null ? "" : text).getBytes(StandardCharsets.UTF_8)));
        quizzes.forEach((name, quiz) -> files.put(name, dump(quiz.tree()).getBytes(StandardCharsets.UTF_8)));
        other.forEach((name, bytes) -> files.put(name, bytes.clone()));
        return files;
    }

    // ------------------------------------------------------------------------------------------------- editing

    /** Adds a step of {@code kind} at the end of {@code module}; a lesson or quiz gets a new file to start from. */
    public StepDraft addStep(ModuleDraft module, String kind) {
        List<String> taken = modules.stream().flatMap(m -> m.getSteps().stream()).map(StepDraft::getId).toList();
        String id = unique(kind.equals("scenario") ? "oefenen" : kind.equals("quiz") ? "toets" : "les", taken);
        StepDraft step = new StepDraft();
        step.setId(id);
        step.setKind(kind);
        switch (kind) {
            case "quiz" -> {
                step.setTitle("Toets");
                step.setTarget(id + CourseReader.QUIZ_SUFFIX);
                quizzes.putIfAbsent(step.getTarget(), QuizDraft.blank());
            }
            case "scenario" -> {
                step.setTitle("Oefengesprek");
                step.setPass(new ArrayList<>(List.of("geslaagd")));
            }
            default -> {
                step.setTitle("Les");
                step.setTarget(id + ".md");
                lessons.putIfAbsent(step.getTarget(), "## Inleiding\n\nSchrijf hier de les.\n");
            }
        }
        module.getSteps().add(step);
        return step;
    }

    public ModuleDraft addModule() {
        List<String> taken = modules.stream().map(ModuleDraft::getId).toList();
        ModuleDraft module = new ModuleDraft(unique("module", taken), "Nieuwe module");
        modules.add(module);
        return module;
    }

    /** Moves an item one place up ({@code -1}) or down ({@code +1}) in its list; nothing at the ends. */
    public static <T> void move(List<T> list, T item, int by) {
        int at = list.indexOf(item);
        int to = at + by;
        if (at >= 0 && to >= 0 && to < list.size()) {
            list.remove(at);
            list.add(to, item);
        }
    }

    /** Removes a step; its lesson or quiz file goes too when no other step uses it. */
    public void removeStep(ModuleDraft module, StepDraft step) {
        module.getSteps().remove(step);
        boolean used = modules.stream().flatMap(m -> m.getSteps().stream())
                .anyMatch(s -> step.getTarget() != null && step.getTarget().equals(s.getTarget()));
        if (!used && step.getTarget() != null) {
            lessons.remove(step.getTarget());
            quizzes.remove(step.getTarget());
        }
    }

    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = new ArrayList<>(roles); }
    public List<String> getCompetencies() { return competencies; }
    public void setCompetencies(List<String> competencies) { this.competencies = new ArrayList<>(competencies); }
    public Integer getDuration() { return duration; }
    public void setDuration(Integer duration) { this.duration = duration; }
    public List<ModuleDraft> getModules() { return modules; }
    public Map<String, String> getLessons() { return lessons; }
    public Map<String, QuizDraft> getQuizzes() { return quizzes; }
}
