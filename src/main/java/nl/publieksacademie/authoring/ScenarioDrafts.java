package nl.publieksacademie.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.publieksacademie.content.boundary.ContentChecker;
import nl.publieksacademie.content.boundary.ContentImport;
import nl.publieksacademie.content.boundary.ContentStore;
import nl.publieksacademie.content.control.ContentCheck;
import nl.publieksacademie.platform.AuditLog;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.platform.Problem;
import nl.publieksacademie.scenarios.control.Draft;
import nl.publieksacademie.scenarios.control.ScenarioDiff;
import nl.publieksacademie.scenarios.control.ScenarioReader;
import nl.publieksacademie.scenarios.entity.Scenario;
import nl.publieksacademie.scenarios.entity.ScenarioDraft;
import nl.publieksacademie.scenarios.entity.ScenarioVersion;

/**
 * Scenario drafts: create, open, save (refused when someone else saved since the copy was opened), check, publish
 * (only when valid; running attempts keep their version), import and export in the file format, archive, history
 * and comparison. Every change is written to the audit log.
 */
@ApplicationScoped
public class ScenarioDrafts {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    /** Drafts and uploads are checked under this name, so their status never mixes with the files' status. */
    static final String EDITOR = "editor/";

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentStore content;

    @Inject
    ContentChecker checker;

    @Inject
    LiveReview review;

    @Inject
    AuditLog audit;

    /** The state of a draft as the editor opens it. */
    public record Opened(String slug, String source, String positions, int version, String updatedBy,
            LocalDateTime updatedAt) {}

    /** A scenario in the trainer's list. */
    public record Row(String slug, String title, String status, Integer published, boolean unpublishedChanges,
            String updatedBy, LocalDateTime updatedAt) {}

    /** One published version. */
    public record VersionRow(int number, String title, String by, LocalDateTime at) implements java.io.Serializable {}

    public List<Row> list() {
        List<Row> rows = new ArrayList<>();
        for (Scenario s : em.createNamedQuery(Scenario.ALL, Scenario.class).getResultList()) {
            Optional<ScenarioVersion> latest = content.latestScenario(s.getSlug());
            ScenarioDraft draft = em.find(ScenarioDraft.class, s.getId());
            String title = draft != null ? Draft.read(draft.getSource()).map(Draft::getTitle).orElse(s.getSlug())
                    : latest.map(ScenarioVersion::getTitle).orElse(s.getSlug());
            String status = s.isArchived() ? "gearchiveerd" : latest.isPresent() ? "gepubliceerd" : "concept";
            boolean changes = draft != null && latest.map(v -> !v.getSource().equals(draft.getSource())).orElse(true);
            rows.add(new Row(s.getSlug(), title, status, latest.map(ScenarioVersion::getVersionNo).orElse(null),
                    changes,
                    draft != null ? draft.getUpdatedBy() : latest.map(ScenarioVersion::getImportedBy).orElse(null),
                    draft != null ? draft.getUpdatedAt() : latest.map(ScenarioVersion::getImportedAt).orElse(null)));
        }
        rows.sort(java.util.Comparator.comparing(r -> r.title() == null ? "" : r.title().toLowerCase()));
        return rows;
    }

    /** A new scenario (a concept) with a small valid draft to start from. */
    @Transactional
    public Opened create(String slug, String title, String setting, String by) {
        List<Problem> problems = new ArrayList<>();
        if (slug == null || !slug.matches(SLUG) || slug.length() > 80) {
            problems.add(Problem.onField("slug", "author.slugInvalid"));
        } else if (scenario(slug).isPresent()) {
            problems.add(Problem.onField("slug", "author.slugTaken", slug));
        }
        if (title == null || title.isBlank()) {
            problems.add(Problem.onField("title", "author.titleMissing"));
        }
        if (setting == null || nl.publieksacademie.scenarios.graph.Setting.of(setting).isEmpty()) {
            problems.add(Problem.onField("setting", "author.settingMissing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Scenario scenario = new Scenario(slug);
        em.persist(scenario);
        em.flush();
        ScenarioDraft draft = new ScenarioDraft(scenario.getId(), Draft.blank(slug, title.strip(), setting).write(),
                null, by);
        em.persist(draft);
        em.flush();
        audit.record(by, "scenario.create", "scenario " + slug, title.strip());
        return opened(slug, draft);
    }

    /** The draft of {@code slug}; made from the latest published version when there is none yet. */
    @Transactional
    public Opened open(String slug, String by) {
        Scenario scenario = scenario(slug).orElseThrow(() -> new NotFound("scenario " + slug));
        ScenarioDraft draft = em.find(ScenarioDraft.class, scenario.getId());
        if (draft == null) {
            ScenarioVersion latest = content.latestScenario(slug).orElseThrow(() -> new NotFound("scenario " + slug));
            draft = ScenarioDraft.of(latest);
            em.persist(draft);
            em.flush();
        }
        return opened(slug, draft);
    }

    /**
     * Saves the draft text and positions, provided nobody saved since {@code expectedVersion} was opened; otherwise
     * {@link ConcurrentEdit} and nothing changes.
     */
    @Transactional
    public Opened save(String slug, String source, String positions, int expectedVersion, String by) {
        if (source == null) {
            throw new InvalidInput(List.of(Problem.onField("source", "author.draftMissing")));
        }
        Scenario scenario = scenario(slug).orElseThrow(() -> new NotFound("scenario " + slug));
        ScenarioDraft draft = em.find(ScenarioDraft.class, scenario.getId());
        if (draft == null) {
            throw new NotFound("draft " + slug);
        }
        if (draft.getVersion() != expectedVersion) {
            throw new ConcurrentEdit(draft.getUpdatedBy(), draft.getUpdatedAt());
        }
        draft.change(source, positions == null ? draft.getPositions() : positions, by);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            ScenarioDraft now = em.find(ScenarioDraft.class, scenario.getId());
            throw new ConcurrentEdit(now == null ? "?" : now.getUpdatedBy(), now == null ? null : now.getUpdatedAt());
        }
        fullCheck(slug, source);
        return opened(slug, draft);
    }

    /**
     * The editor's live check of a draft text: the importer's check against the current framework and the checks
     * across files ({@link LiveReview}), with the slow searches only where their results are known.
     */
    public ContentCheck.Checked check(String slug, String source) {
        return review.scenario(slug, source,
                ContentCheck.scenarioLive(EDITOR + slug + ".yaml", source, slug, checker.framework()), true);
    }

    /** The full check of a draft text, as at save and publish (the slow searches included). */
    ContentCheck.Checked fullCheck(String slug, String source) {
        return review.scenario(slug, source,
                ContentCheck.scenario(EDITOR + slug + ".yaml", source, slug, checker.framework()), false);
    }

    /** Publishes the stored draft as a new version when it is valid; answers the version number (empty: unchanged). */
    @Transactional
    public Optional<Integer> publish(String slug, int expectedVersion, String by) {
        Scenario scenario = scenario(slug).orElseThrow(() -> new NotFound("scenario " + slug));
        ScenarioDraft draft = em.find(ScenarioDraft.class, scenario.getId());
        if (draft == null) {
            throw new NotFound("draft " + slug);
        }
        if (draft.getVersion() != expectedVersion) {
            throw new ConcurrentEdit(draft.getUpdatedBy(), draft.getUpdatedAt());
        }
        ContentCheck.Checked checked = fullCheck(slug, draft.getSource());
        if (!checked.valid()) {
            throw new InvalidScenario(checked);
        }
        Optional<Integer> version = content.scenario(checked, draft.getSource(),
                ContentImport.hash(draft.getSource()), by);
        version.ifPresent(v -> audit.record(by, "scenario.publish", "scenario " + slug, "version " + v));
        return version;
    }

    /**
     * Imports a scenario file as a new version of its slug (valid or nothing is stored); the draft follows it.
     * Answers the slug and the new version (empty when the file equals the latest version).
     */
    @Transactional
    public Imported importFile(String text, String by) {
        ContentCheck.Checked checked = ContentCheck.scenario("upload.yaml", text, null, checker.framework());
        if (!checked.valid()) {
            throw new InvalidScenario(checked);
        }
        String slug = checked.scenario().id();
        Optional<Integer> version = content.scenario(
                new ContentCheck.Checked(EDITOR + slug + ".yaml", checked.errors(), checked.warnings(),
                        checked.scenario(),
                        null), text, ContentImport.hash(text), by);
        Scenario scenario = scenario(slug).orElseThrow();
        ScenarioDraft draft = em.find(ScenarioDraft.class, scenario.getId());
        if (draft == null) {
            em.persist(new ScenarioDraft(scenario.getId(), text, null, by));
        } else if (version.isPresent()) {
            draft.change(text, draft.getPositions(), by);
        }
        audit.record(by, "scenario.import", "scenario " + slug, version.map(v -> "version " + v).orElse("unchanged"));
        return new Imported(slug, version.orElse(null));
    }

    /** What an import did. */
    public record Imported(String slug, Integer version) {}

    /** The source of the latest published version, exactly as stored. */
    public String export(String slug) {
        return content.latestScenario(slug).map(ScenarioVersion::getSource)
                .orElseThrow(() -> new NotFound("scenario " + slug));
    }

    @Transactional
    public void archive(String slug, boolean archived, String by) {
        Scenario scenario = scenario(slug).orElseThrow(() -> new NotFound("scenario " + slug));
        scenario.setArchived(archived);
        audit.record(by, archived ? "scenario.archive" : "scenario.unarchive", "scenario " + slug, "");
    }

    public List<VersionRow> history(String slug) {
        return em.createNamedQuery(ScenarioVersion.LATEST, ScenarioVersion.class).setParameter("slug", slug)
                .getResultStream()
                .map(v -> new VersionRow(v.getVersionNo(), v.getTitle(), v.getImportedBy(), v.getImportedAt()))
                .toList();
    }

    /** What changed from version {@code from} to version {@code to}. */
    public List<ScenarioDiff.Change> compare(String slug, int from, int to) {
        return ScenarioDiff.between(graph(slug, from), graph(slug, to));
    }

    private nl.publieksacademie.scenarios.graph.ScenarioGraph graph(String slug, int number) {
        ScenarioVersion version = em.createNamedQuery(ScenarioVersion.LATEST, ScenarioVersion.class)
                .setParameter("slug", slug).getResultStream().filter(v -> v.getVersionNo() == number).findFirst()
                .orElseThrow(() -> new NotFound("version " + number + " of " + slug));
        return ScenarioReader.read(slug + ".yaml", version.getSource(), slug).graph();
    }

    public Optional<Scenario> scenario(String slug) {
        return em.createNamedQuery(Scenario.BY_SLUG, Scenario.class).setParameter("slug", slug).getResultStream()
                .findFirst();
    }

    private static Opened opened(String slug, ScenarioDraft draft) {
        return new Opened(slug, draft.getSource(), draft.getPositions(), draft.getVersion(), draft.getUpdatedBy(),
                draft.getUpdatedAt());
    }
}
