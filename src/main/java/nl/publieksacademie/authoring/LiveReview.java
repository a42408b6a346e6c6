package nl.publieksacademie.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.competencies.control.FrameworkReader;
import nl.publieksacademie.competencies.entity.FrameworkVersion;
import nl.publieksacademie.content.boundary.ContentStore;
import nl.publieksacademie.content.control.ContentCheck;
import nl.publieksacademie.content.control.ContentReview;
import nl.publieksacademie.content.control.Finding;
import nl.publieksacademie.content.control.Findings;
import nl.publieksacademie.courses.boundary.Courses;
import nl.publieksacademie.courses.control.Course;
import nl.publieksacademie.courses.control.CourseReader;
import nl.publieksacademie.scenarios.boundary.ScenarioGraphs;
import nl.publieksacademie.scenarios.control.ScenarioReader;
import nl.publieksacademie.scenarios.entity.ScenarioVersion;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;

/**
 * The checks across files for the editors, with the draft in place of its published version among the published
 * content: giveaways and unrecoverable nodes from the courses that use a scenario (or in the scenarios of a course),
 * and the role targets the content can no longer reach (for the scenario's competencies, or the course's roles).
 * {@code live} (after every change) only replays searches whose results are known for the same structure, so it
 * stays fast; what it had to leave out is said in one warning, and a save or publish ({@code live} false) runs it.
 */
@ApplicationScoped
public class LiveReview {

    static final String FRAMEWORK_FILE = "courses/competencies.yaml";

    @Inject
    Courses courses;

    @Inject
    ContentStore content;

    @Inject
    ScenarioGraphs graphs;

    /** {@code checked} (a scenario draft's own check) with the warnings across files added. */
    public ContentCheck.Checked scenario(String slug, String source, ContentCheck.Checked checked, boolean live) {
        ScenarioGraph draft = checked.scenario();
        if (draft == null) {
            return checked;
        }
        Findings own = ScenarioReader.read(checked.file(), source, slug).findings();
        Map<String, ContentReview.ScenarioFile> mine = Map.of(slug, new ContentReview.ScenarioFile(draft, own));
        List<Finding> extra = new ArrayList<>();
        boolean complete = checked.complete();
        List<ContentReview.CourseFolder> folders = new ArrayList<>();
        for (Courses.Published published : courses.current()) {
            ContentReview.CourseFolder folder = folder(published);
            folders.add(folder);
            if (uses(published.course(), slug)) {
                ContentReview.Reviewed reviewed = ContentReview.course(folder, mine, live);
                extra.addAll(reviewed.warnings());
                complete &= reviewed.complete();
            }
        }
        Map<String, ContentReview.ScenarioFile> all = published();
        ContentReview.ScenarioFile before = all.put(slug, mine.get(slug));
        Set<String> competencies = new HashSet<>(draft.competencies());
        if (before != null) {
            competencies.addAll(before.graph().competencies());
        }
        FrameworkNow framework = framework();
        if (framework != null) {
            complete &= ContentReview.targets(framework.framework(), framework.findings(), all, folders, live);
            framework.findings().warnings().stream()
                    .filter(f -> f.key().equals("framework.unreachableTarget") && competencies.contains(f.args().get(1)))
                    .forEach(extra::add);
        }
        List<Finding> warnings = new ArrayList<>(checked.warnings());
        warnings.addAll(extra);
        if (!complete) {
            warnings.add(deferred(checked.file()));
        }
        return new ContentCheck.Checked(checked.file(), checked.errors(), warnings, draft, checked.framework(),
                complete);
    }

    /** {@code read} (a course draft's own check) with the warnings across files added. */
    public CourseReader.Read course(String slug, CourseReader.Read read, boolean live) {
        if (!read.valid()) {
            return read;
        }
        String name = "courses/" + slug;
        ContentReview.CourseFolder draft = new ContentReview.CourseFolder(name, read.course(), read.quizzes(),
                read.lessons());
        Map<String, ContentReview.ScenarioFile> used = new LinkedHashMap<>();
        Map<String, ScenarioVersion> versions = new LinkedHashMap<>();
        content.currentScenarios().forEach(v -> versions.put(v.getScenario().getSlug(), v));
        for (Course.Step step : read.course().steps()) {
            ScenarioVersion version = step.kind() == Course.Kind.SCENARIO ? versions.get(step.scenario()) : null;
            if (version != null && !used.containsKey(step.scenario())) {
                String file = "scenarios/" + step.scenario() + ".yaml";
                used.put(step.scenario(), new ContentReview.ScenarioFile(graphs.of(version),
                        ScenarioReader.read(file, version.getSource(), step.scenario()).findings()));
            }
        }
        ContentReview.Reviewed reviewed = ContentReview.course(draft, used, live);
        List<Finding> warnings = new ArrayList<>(read.warnings());
        warnings.addAll(reviewed.warnings());
        boolean complete = reviewed.complete();
        FrameworkNow framework = framework();
        if (framework != null) {
            List<ContentReview.CourseFolder> folders = new ArrayList<>();
            Set<String> roles = new HashSet<>(read.course().roles());
            for (Courses.Published published : courses.current()) {
                if (published.slug().equals(slug)) {
                    roles.addAll(published.course().roles());
                } else {
                    folders.add(folder(published));
                }
            }
            folders.add(draft);
            complete &= ContentReview.targets(framework.framework(), framework.findings(), published(), folders,
                    live);
            framework.findings().warnings().stream()
                    .filter(f -> f.key().equals("framework.unreachableTarget") && roles.contains(f.args().get(0)))
                    .forEach(warnings::add);
        }
        if (!complete) {
            warnings.add(deferred(name + "/" + CourseReader.COURSE_FILE));
        }
        return new CourseReader.Read(read.course(), read.quizzes(), read.lessons(), read.errors(), warnings);
    }

    private static boolean uses(Course course, String slug) {
        return course.steps().stream().anyMatch(s -> s.kind() == Course.Kind.SCENARIO && slug.equals(s.scenario()));
    }

    private static ContentReview.CourseFolder folder(Courses.Published published) {
        return new ContentReview.CourseFolder("courses/" + published.slug(), published.course(), published.quizzes(),
                published.lessons());
    }

    /** Every published scenario's graph; their findings are not shown (only the framework's are). */
    private Map<String, ContentReview.ScenarioFile> published() {
        Map<String, ContentReview.ScenarioFile> all = new LinkedHashMap<>();
        for (ScenarioVersion version : content.currentScenarios()) {
            String slug = version.getScenario().getSlug();
            all.put(slug, new ContentReview.ScenarioFile(graphs.of(version),
                    new Findings("scenarios/" + slug + ".yaml")));
        }
        return all;
    }

    private record FrameworkRead(Long version, String source, Framework framework) {}

    /** The latest framework and fresh findings of its file (for line numbers), to record warnings in. */
    private record FrameworkNow(Framework framework, Findings findings) {}

    private volatile FrameworkRead latest;

    /** The latest valid framework (read once per version), or null when there is none. */
    private FrameworkNow framework() {
        FrameworkVersion version = content.latestFramework().orElse(null);
        if (version == null) {
            return null;
        }
        FrameworkRead known = latest;
        if (known == null || !known.version().equals(version.getId())) {
            known = new FrameworkRead(version.getId(), version.getSource(),
                    FrameworkReader.read(FRAMEWORK_FILE, version.getSource()).framework());
            latest = known;
        }
        return known.framework() == null ? null
                : new FrameworkNow(known.framework(), FrameworkReader.read(FRAMEWORK_FILE, known.source()).findings());
    }

    private static Finding deferred(String file) {
        Findings note = new Findings(file);
        note.warning("", "content.checkDeferred");
        return note.warnings().get(0);
    }
}
