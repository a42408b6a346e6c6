package nl.publieksacademie.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.publieksacademie.competencies.entity.FrameworkVersion;
import nl.publieksacademie.content.control.ContentCheck;
import nl.publieksacademie.content.control.Finding;
import nl.publieksacademie.content.entity.ContentFile;
import nl.publieksacademie.scenarios.entity.Scenario;
import nl.publieksacademie.scenarios.entity.ScenarioVersion;

/**
 * Stores the outcome of checking one content file, each file in a transaction of its own: a valid file whose
 * content changed becomes a new version; an invalid one only updates its status and never replaces the last good
 * version.
 */
@ApplicationScoped
public class ContentStore {

    @PersistenceContext
    EntityManager em;

    /** A checked scenario file waiting to be stored. */
    public record Pending(ContentCheck.Checked checked, String source, String hash) {}

    /**
     * Stores several checked scenario files in one transaction (much faster than one each); answers the new
     * version number per file, null where nothing was published. When it fails, nothing of the batch is stored.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Integer> scenarios(List<Pending> batch, String actor) {
        List<Integer> versions = new java.util.ArrayList<>(batch.size());
        for (Pending pending : batch) {
            versions.add(storeScenario(pending.checked(), pending.source(), pending.hash(), actor).orElse(null));
        }
        return versions;
    }

    /** Records the check of a scenario file; answers the new version number, or empty when nothing was published. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Integer> scenario(ContentCheck.Checked checked, String source, String hash, String actor) {
        return storeScenario(checked, source, hash, actor);
    }

    private Optional<Integer> storeScenario(ContentCheck.Checked checked, String source, String hash, String actor) {
        ContentFile before = em.find(ContentFile.class, checked.file());
        boolean unchangedFile = checked.file().startsWith("scenarios/") && before != null
                && hash.equals(before.getContentHash()) && before.isValid();
        status(checked, hash);
        if (!checked.valid()) {
            return Optional.empty();
        }
        Scenario scenario = em.createNamedQuery(Scenario.BY_SLUG, Scenario.class)
                .setParameter("slug", checked.scenario().id())
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Scenario created = new Scenario(checked.scenario().id());
                    em.persist(created);
                    return created;
                });
        Optional<ScenarioVersion> latest = latestScenario(checked.scenario().id());
        if (latest.isPresent() && latest.get().getContentHash().equals(hash)) {
            return Optional.empty();
        }
        if (unchangedFile && latest.isPresent()) {
            // the file did not change since it was last read: a version published since (in the editor) stays
            return Optional.empty();
        }
        int number = latest.map(v -> v.getVersionNo() + 1).orElse(1);
        em.persist(new ScenarioVersion(scenario, number, hash, checked.scenario().title(),
                checked.scenario().setting().key(), source, actor));
        return Optional.of(number);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Integer> framework(ContentCheck.Checked checked, String source, String hash) {
        status(checked, hash);
        if (!checked.valid()) {
            return Optional.empty();
        }
        Optional<FrameworkVersion> latest = latestFramework();
        if (latest.isPresent() && latest.get().getContentHash().equals(hash)) {
            return Optional.empty();
        }
        int number = latest.map(v -> v.getVersionNo() + 1).orElse(1);
        em.persist(new FrameworkVersion(number, hash, source));
        return Optional.of(number);
    }

    public Optional<ScenarioVersion> latestScenario(String slug) {
        return em.createNamedQuery(ScenarioVersion.LATEST, ScenarioVersion.class)
                .setParameter("slug", slug)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public Optional<FrameworkVersion> latestFramework() {
        return em.createNamedQuery(FrameworkVersion.LATEST, FrameworkVersion.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The content hash of the latest framework version: a cheap way to see whether it changed. */
    public Optional<String> latestFrameworkHash() {
        return em.createNamedQuery(FrameworkVersion.LATEST_HASH, String.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public List<ContentFile> files() {
        return em.createNamedQuery(ContentFile.ALL, ContentFile.class).getResultList();
    }

    public List<ScenarioVersion> currentScenarios() {
        return em.createNamedQuery(ScenarioVersion.CURRENT, ScenarioVersion.class).getResultList();
    }

    private void status(ContentCheck.Checked checked, String hash) {
        ContentFile file = em.find(ContentFile.class, checked.file());
        if (file == null) {
            file = new ContentFile(checked.file());
            em.persist(file);
        }
        String problems = java.util.stream.Stream.concat(checked.errors().stream(), checked.warnings().stream())
                .map(Finding::encode)
                .collect(Collectors.joining("\n"));
        file.checked(hash, checked.valid(), checked.errors().size(), checked.warnings().size(), problems);
    }
}
