package nl.publieksacademie.scenarios.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.publieksacademie.competencies.boundary.Profiles;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.content.boundary.ContentStore;
import nl.publieksacademie.scenarios.entity.Attempt;
import nl.publieksacademie.scenarios.entity.ScenarioVersion;
import nl.publieksacademie.scenarios.graph.Outcome;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import nl.publieksacademie.staff.MyAccount;

/** Backing bean of {@code /learner/scenarios.xhtml}: the published scenarios, filtered, with the learner's best. */
@Named
@ViewScoped
public class ScenarioCatalog implements Serializable {

    /** One scenario in the list; {@code best} is the learner's best outcome key, null when never finished. */
    public record Entry(String slug, String title, String summary, String setting, int duration,
            List<String> competencies, String best, boolean open) implements Serializable {}

    /** A competency to filter on. */
    public record Option(String id, String name) implements Serializable {}

    @Inject
    ContentStore content;

    @Inject
    ScenarioGraphs graphs;

    @Inject
    Attempts attempts;

    @Inject
    Profiles profiles;

    @Inject
    MyAccount account;

    private String setting;
    private String competency;
    private List<Entry> all;

    public List<Entry> getEntries() {
        return all().stream()
                .filter(e -> setting == null || setting.isEmpty() || e.setting().equals(setting))
                .filter(e -> competency == null || competency.isEmpty() || e.competencies().contains(competency))
                .toList();
    }

    private List<Entry> all() {
        if (all == null) {
            Map<String, Outcome> best = new HashMap<>();
            Set<String> open = new HashSet<>();
            for (Attempt a : attempts.of(account.getMe())) {
                String slug = a.getScenarioVersion().getScenario().getSlug();
                if (!a.isFinished()) {
                    open.add(slug);
                } else {
                    Outcome outcome = Outcome.of(a.getOutcome()).orElseThrow();
                    best.merge(slug, outcome, (x, y) -> x.compareTo(y) <= 0 ? x : y);
                }
            }
            List<Entry> entries = new ArrayList<>();
            for (ScenarioVersion version : content.currentScenarios()) {
                if (version.getScenario().isArchived()) {
                    continue;
                }
                ScenarioGraph graph = graphs.of(version);
                Outcome b = best.get(graph.id());
                entries.add(new Entry(graph.id(), graph.title(), graph.summary(), graph.setting().key(),
                        graph.duration(), graph.competencies(), b == null ? null : b.key(), open.contains(graph.id())));
            }
            entries.sort(Comparator.comparing(Entry::title));
            all = entries;
        }
        return all;
    }

    /** The competencies trained by some published scenario, named as in the framework. */
    public List<Option> getCompetencyOptions() {
        Framework framework = profiles.framework();
        Set<String> trained = new HashSet<>();
        all().forEach(e -> trained.addAll(e.competencies()));
        return framework.domains().stream().flatMap(d -> d.competencies().stream())
                .filter(c -> trained.contains(c.id()))
                .map(c -> new Option(c.id(), c.name()))
                .toList();
    }

    public String competencyName(String id) {
        return profiles.framework().competency(id).map(Framework.Competency::name).orElse(id);
    }

    /** The settings to filter on, in a fixed order. */
    public List<String> getSettings() {
        return java.util.Arrays.stream(nl.publieksacademie.scenarios.graph.Setting.values())
                .map(nl.publieksacademie.scenarios.graph.Setting::key).toList();
    }

    public String getSetting() { return setting; }
    public void setSetting(String setting) { this.setting = setting; }
    public String getCompetency() { return competency; }
    public void setCompetency(String competency) { this.competency = competency; }
}
