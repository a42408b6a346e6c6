package nl.publieksacademie.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.publieksacademie.platform.CurrentUser;
import nl.publieksacademie.platform.FacesProblems;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.scenarios.control.ChoiceNotVisible;
import nl.publieksacademie.scenarios.control.PlayState;
import nl.publieksacademie.scenarios.control.ScenarioEngine;
import nl.publieksacademie.scenarios.control.ScenarioReader;
import nl.publieksacademie.scenarios.control.Step;
import nl.publieksacademie.scenarios.graph.Choice;
import nl.publieksacademie.scenarios.graph.Node;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import nl.publieksacademie.scenarios.graph.Variable;

/**
 * Backing bean of {@code /trainer/playtest.xhtml}: plays the saved draft with the engine as a learner would, but
 * stores nothing. Shows the variables and checks after every step and the evidence step by step, and can jump to
 * any node with chosen variable values.
 */
@Named
@ViewScoped
public class Playtest implements Serializable {

    @Inject
    ScenarioDrafts drafts;

    @Inject
    FacesProblems problems;

    @Inject
    CurrentUser currentUser;

    @Inject
    nl.publieksacademie.competencies.boundary.Profiles profiles;

    /** One step taken: where, what was chosen, what it earned and what it did to the variables. */
    public record Taken(String node, String choice, List<String> evidence, Map<String, Integer> values)
            implements Serializable {}

    private String scenario;
    private transient ScenarioGraph graph;
    private String source;
    private PlayState state;
    private List<Taken> taken = new ArrayList<>();
    private boolean ended;
    private List<String> missed = List.of();
    private String jumpNode;
    private Map<String, String> jumpValues = new HashMap<>();
    private Set<String> jumpChecks = new LinkedHashSet<>();
    private int errors;

    public void load() {
        if (source != null) {
            return;
        }
        if (scenario == null || scenario.isBlank()) {
            throw new NotFound("scenario");
        }
        source = drafts.open(scenario, currentUser.getName()).source();
        errors = drafts.check(scenario, source).errors().size();
        if (graph() != null) {
            restart();
        }
    }

    /** A competency's name in the framework; the id if the framework does not have it (the draft may name any). */
    String competency(String id) {
        return profiles.framework().competency(id).map(c -> c.name()).orElse(id);
    }

    /** The draft's title; its id while the draft does not read. */
    public String getTitle() {
        return graph() == null || graph().title() == null || graph().title().isBlank() ? scenario : graph().title();
    }

    /** The draft's graph; null when the draft does not read (then it cannot be played). */
    public ScenarioGraph graph() {
        if (graph == null && source != null) {
            var read = ScenarioReader.read(scenario + ".yaml", source, null);
            graph = read.findings().hasErrors() ? null : read.graph();
        }
        return graph;
    }

    public void restart() {
        state = ScenarioEngine.start(graph());
        taken = new ArrayList<>();
        ended = false;
        missed = List.of();
        jumpNode = state.node();
    }

    public void choose(String choiceId) {
        try {
            Step step = ScenarioEngine.choose(graph(), state, choiceId);
            List<String> evidence = step.evidence().stream()
                    .map(e -> competency(e.competency()) + " " + (e.weight() > 0 ? "+" : "") + e.weight()).toList();
            taken.add(new Taken(state.node(), step.choice().text(), evidence, step.state().values()));
            state = step.state();
            ended = step.ended();
            missed = ended ? ScenarioEngine.missed(step.ending().requires(), state) : List.of();
        } catch (ChoiceNotVisible e) {
            problems.error("playtest.notVisible");
        }
    }

    /** Puts the play at {@code jumpNode} with the entered values and checks, as if the way there had been taken. */
    public void jump() {
        if (jumpNode == null || !graph().nodes().containsKey(jumpNode)) {
            problems.error("playtest.noNode");
            return;
        }
        Map<String, Integer> values = new LinkedHashMap<>(state.values());
        for (Variable v : graph().variables().values()) {
            String entered = jumpValues.get(v.name());
            if (entered == null || entered.isBlank()) {
                continue;
            }
            try {
                int value = v.type() == Variable.Type.BOOL ? (Boolean.parseBoolean(entered.strip()) ? 1 : 0)
                        : Integer.parseInt(entered.strip());
                values.put(v.name(), Math.max(v.min(), Math.min(v.max(), value)));
            } catch (NumberFormatException e) {
                problems.error("playtest.badValue", v.name());
                return;
            }
        }
        state = new PlayState(jumpNode, state.step(), values, jumpChecks);
        Node node = graph().node(jumpNode);
        ended = node.isEnding();
        missed = ended ? ScenarioEngine.missed(node.ending().requires(), state) : List.of();
        taken.add(new Taken(jumpNode, null, List.of(), values));
    }

    public Node getNode() {
        return graph().node(state.node());
    }

    public List<Choice> getChoices() {
        return ended ? List.of() : ScenarioEngine.visible(graph(), state);
    }

    public List<Variable> getVariables() {
        return List.copyOf(graph().variables().values());
    }

    public int value(String variable) {
        return state.value(variable);
    }

    public List<String> getNodeIds() {
        return List.copyOf(graph().nodes().keySet());
    }

    public List<String> getCheckIds() {
        return List.copyOf(graph().checks().keySet());
    }

    /** A must-do step's label as the author wrote it; its id when it has none. */
    public String checkLabel(String id) {
        var check = graph() == null ? null : graph().checks().get(id);
        return check == null || check.label() == null || check.label().isBlank() ? id : check.label();
    }

    public List<String> getChecks() {
        return List.copyOf(state.checks());
    }

    public boolean isPlayable() {
        return graph() != null;
    }

    public int getErrors() { return errors; }
    public List<Taken> getTaken() { return taken; }
    public boolean isEnded() { return ended; }
    public List<String> getMissed() { return missed; }
    public String getScenario() { return scenario; }
    public void setScenario(String scenario) { this.scenario = scenario; }
    public String getJumpNode() { return jumpNode; }
    public void setJumpNode(String jumpNode) { this.jumpNode = jumpNode; }
    public Map<String, String> getJumpValues() { return jumpValues; }
    public List<String> getJumpChecks() { return new ArrayList<>(jumpChecks); }
    public void setJumpChecks(List<String> checks) { this.jumpChecks = new LinkedHashSet<>(checks); }
}
