package nl.publieksacademie.authoring;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.publieksacademie.competencies.boundary.Profiles;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.content.control.ContentCheck;
import nl.publieksacademie.content.control.Finding;
import nl.publieksacademie.platform.CurrentUser;
import nl.publieksacademie.platform.FacesProblems;
import nl.publieksacademie.platform.Language;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.scenarios.control.Draft;
import nl.publieksacademie.scenarios.control.DraftCheck;
import nl.publieksacademie.scenarios.control.DraftChoice;
import nl.publieksacademie.scenarios.control.DraftEffect;
import nl.publieksacademie.scenarios.control.DraftEvidence;
import nl.publieksacademie.scenarios.control.DraftNode;
import nl.publieksacademie.scenarios.control.DraftVariable;

/**
 * Backing bean of {@code /trainer/editor.xhtml}: the draft being edited, the selected node, live validation (the
 * importer's checks on every change), the graph view's data and positions, save (optimistically locked) and
 * publish. The draft lives in the view until it is saved.
 */
@Named
@ViewScoped
public class ScenarioEditor implements Serializable {

    static final String ID = "[a-z0-9]+(_[a-z0-9]+|-[a-z0-9]+)*";

    @Inject
    ScenarioDrafts drafts;

    @Inject
    FacesProblems problems;

    @Inject
    CurrentUser currentUser;

    @Inject
    Profiles profiles;

    @Inject
    Language language;

    @Inject
    nl.publieksacademie.platform.Messages messages;

    private String scenario;
    private Draft draft;
    private int version;
    private String savedText;
    private String updatedBy;
    private String updatedAt;
    /** Whether this visit (the view) saved: until then the editor claims no save, whoever saved the draft before. */
    private boolean savedHere;
    private Map<String, double[]> positions = new LinkedHashMap<>();
    private String selected;
    private String newId;
    private boolean conflict;
    private Deleted deleted;
    private transient ContentCheck.Checked checked;

    public void load() {
        if (draft != null) {
            return;
        }
        if (scenario == null || scenario.isBlank()) {
            throw new NotFound("scenario");
        }
        ScenarioDrafts.Opened opened = drafts.open(scenario, user());
        take(opened);
        selected = draft.getStart();
    }

    private void take(ScenarioDrafts.Opened opened) {
        java.util.Optional<Draft> read = Draft.read(opened.source());
        draft = read.orElseGet(() -> Draft.blank(scenario, scenario, "balie"));
        version = opened.version();
        // the text a save would write for the draft as opened (the writer's own layout of the same content), so a
        // file laid out by hand does not show "unsaved changes" the moment it is opened
        savedText = read.isPresent() ? draft.write() : opened.source();
        updatedBy = opened.updatedBy();
        updatedAt = ConcurrentEdit.shown(opened.updatedAt());
        positions = readPositions(opened.positions());
        checked = null;
        conflict = false;
    }

    // ------------------------------------------------------------------------------------------- checks

    public ContentCheck.Checked getChecked() {
        if (checked == null) {
            checked = drafts.check(scenario, draft.write());
        }
        return checked;
    }

    /** The errors and warnings of the draft in the user's language, each with the node it is about. */
    public List<Problem> getProblems() {
        Locale locale = language.getLocale();
        List<Problem> list = new ArrayList<>();
        for (Finding f : getChecked().errors()) {
            list.add(new Problem(true, f.path(), nodeOf(f.path()), f.message(locale)));
        }
        for (Finding f : getChecked().warnings()) {
            list.add(new Problem(false, f.path(), nodeOf(f.path()), f.message(locale)));
        }
        return list;
    }

    /** One finding for the page. */
    public record Problem(boolean error, String path, String node, String message) implements Serializable {}

    static String nodeOf(String path) {
        if (path == null || !path.startsWith("nodes.")) {
            return null;
        }
        String rest = path.substring("nodes.".length());
        int end = rest.length();
        for (char c : new char[] {'.', '['}) {
            int i = rest.indexOf(c);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        return rest.substring(0, end);
    }

    public boolean isDirty() {
        return !draft.write().equals(savedText);
    }

    // ------------------------------------------------------------------------------------------- editing

    public DraftNode getNode() {
        return selected == null ? null : draft.node(selected).orElse(null);
    }

    public void select(String nodeId) {
        if (draft.node(nodeId).isPresent()) {
            selected = nodeId;
            newId = null;
        }
        changed();
    }

    /** Selects the node a remote command from the graph names (request parameter {@code node}). */
    public void selectFromGraph() {
        select(param("node"));
    }

    /** Records the positions of all nodes after one was dragged in the graph (request parameter {@code positions}). */
    public void moveFromGraph() {
        Map<String, double[]> moved = readPositions(param("positions"));
        moved.keySet().retainAll(getNodeIds());
        if (!moved.isEmpty()) {
            positions = new LinkedHashMap<>(moved);
        }
    }

    public void addNode() {
        DraftNode node = draft.addNode("knoop");
        node.setSays("…");
        DraftNode from = getNode();
        if (from != null && !from.isEnding()) {
            DraftChoice choice = draft.addChoice(from);
            choice.setText("…");
            choice.setNext(node.getId());
        }
        selected = node.getId();
        changed();
    }

    public void deleteNode() {
        DraftNode node = getNode();
        if (node == null) {
            return;
        }
        if (node.getId().equals(draft.getStart())) {
            problems.error("author.deleteStart");
            return;
        }
        deleted = new Deleted(node.getId(), draft.write(), new LinkedHashMap<>(positions));
        draft.getNodes().remove(node);
        positions.remove(node.getId());
        selected = draft.getStart();
        changed();
        problems.info("editor.nodeDeleted", node.getId());
    }

    /** Puts the last deleted node back as it was, with its choices and the positions, and selects it. */
    public void undoDelete() {
        if (deleted == null) {
            return;
        }
        Draft before = Draft.read(deleted.source()).orElse(null);
        if (before != null) {
            draft = before;
            positions = new LinkedHashMap<>(deleted.positions());
            selected = deleted.node();
            newId = null;
            changed();
            problems.info("editor.nodeRestored", deleted.node());
        }
        deleted = null;
    }

    /** The question asked before deleting the selected node, naming it and what goes with it. */
    public String getDeleteQuestion() {
        DraftNode node = getNode();
        if (node == null) {
            return "";
        }
        long incoming = draft.getNodes().stream().flatMap(n -> n.getChoices().stream())
                .filter(c -> node.getId().equals(c.getNext())).count();
        return messages.format(language.getLocale(), "editor.deleteQuestion", node.getId(), node.getChoices().size(),
                incoming);
    }

    public boolean isUndoable() {
        return deleted != null;
    }

    public String getDeletedNode() {
        return deleted == null ? null : deleted.node();
    }

    /** What a delete took away: the node's id, and the whole draft and positions from just before. */
    record Deleted(String node, String source, Map<String, double[]> positions) implements Serializable {}

    /** Gives the selected node a new id, and every goto and the start that named it. */
    public void rename() {
        DraftNode node = getNode();
        String id = newId == null ? "" : newId.strip();
        if (node == null || id.equals(node.getId())) {
            return;
        }
        if (!id.matches(ID)) {
            problems.error("author.badNodeId", id);
            return;
        }
        if (draft.node(id).isPresent()) {
            problems.error("author.nodeIdTaken", id);
            return;
        }
        String old = node.getId();
        node.setId(id);
        for (DraftNode n : draft.getNodes()) {
            n.getChoices().stream().filter(c -> old.equals(c.getNext())).forEach(c -> c.setNext(id));
        }
        if (old.equals(draft.getStart())) {
            draft.setStart(id);
        }
        double[] at = positions.remove(old);
        if (at != null) {
            positions.put(id, at);
        }
        selected = id;
        newId = null;
        changed();
    }

    public void addChoice() {
        DraftNode node = getNode();
        if (node != null) {
            draft.addChoice(node).setText("…");
        }
        changed();
    }

    public void removeChoice(DraftChoice choice) {
        DraftNode node = getNode();
        if (node != null) {
            node.getChoices().remove(choice);
        }
        changed();
    }

    public void addEffect(DraftChoice choice) {
        String variable = draft.getVariables().isEmpty() ? null : draft.getVariables().get(0).getName();
        choice.getEffects().add(new DraftEffect(variable, variable == null ? "" : variable + " + 1"));
        changed();
    }

    public void removeEffect(DraftChoice choice, DraftEffect effect) {
        choice.getEffects().remove(effect);
        changed();
    }

    public void addEvidence(DraftChoice choice) {
        String competency = draft.getCompetencies().isEmpty() ? null : draft.getCompetencies().get(0);
        choice.getEvidence().add(new DraftEvidence(competency, 1, ""));
        changed();
    }

    public void removeEvidence(DraftChoice choice, DraftEvidence evidence) {
        choice.getEvidence().remove(evidence);
        changed();
    }

    public void addVariable() {
        List<String> taken = draft.getVariables().stream().map(DraftVariable::getName).toList();
        String name = "variabele";
        for (int i = 2; taken.contains(name); i++) {
            name = "variabele_" + i;
        }
        DraftVariable variable = new DraftVariable(name);
        variable.setMin(0);
        variable.setMax(10);
        variable.setStart("0");
        draft.getVariables().add(variable);
        changed();
    }

    public void removeVariable(DraftVariable variable) {
        draft.getVariables().remove(variable);
        changed();
    }

    public void addCheck() {
        List<String> taken = draft.getChecks().stream().map(DraftCheck::getId).toList();
        String id = "controle";
        for (int i = 2; taken.contains(id); i++) {
            id = "controle-" + i;
        }
        draft.getChecks().add(new DraftCheck(id, "…"));
        changed();
    }

    public void removeCheck(DraftCheck check) {
        draft.getChecks().remove(check);
        changed();
    }

    /** After any change made through the form: check again. */
    public void changed() {
        checked = null;
    }

    // ------------------------------------------------------------------------------------------- save, publish

    public void save() {
        try {
            take(drafts.save(scenario, draft.write(), writePositions(), version, user()));
            savedHere = true;
            problems.info("author.saved");
        } catch (ConcurrentEdit e) {
            conflict = true;
            problems.error("author.conflict", e.by(),
                    ConcurrentEdit.shown(e.at()));
        }
    }

    /** Saves, then publishes when the draft is valid. */
    public void publish() {
        save();
        if (conflict) {
            return;
        }
        try {
            drafts.publish(scenario, version, user()).ifPresentOrElse(
                    v -> problems.info("author.published", v),
                    () -> problems.info("author.nothingToPublish"));
        } catch (InvalidScenario e) {
            problems.error("author.cannotPublish", e.checked().errors().size());
        }
    }

    /** Throws away the changes in this view and loads the stored draft (after a conflict, someone else's). */
    public void reload() {
        deleted = null;
        take(drafts.open(scenario, user()));
        if (selected == null || draft.node(selected).isEmpty()) {
            selected = draft.getStart();
        }
    }

    // ------------------------------------------------------------------------------------------- the graph

    /** The graph as JSON for the graph view: nodes with their kind and problems, choices as labelled edges. */
    public String getGraphJson() {
        Set<String> unreachable = nodesWith("scenario.unreachable");
        Set<String> deadEnds = nodesWith("scenario.deadEnd");
        Set<String> withErrors = getChecked().errors().stream().map(f -> nodeOf(f.path()))
                .filter(n -> n != null).collect(Collectors.toSet());
        JsonArrayBuilder nodes = Json.createArrayBuilder();
        JsonArrayBuilder edges = Json.createArrayBuilder();
        Set<String> ids = draft.getNodes().stream().map(DraftNode::getId).collect(Collectors.toSet());
        Map<String, double[]> layout = layers(draft);
        List<String[]> ends = new ArrayList<>();
        List<JsonObjectBuilder> edgeList = new ArrayList<>();
        for (DraftNode n : draft.getNodes()) {
            List<String> classes = new ArrayList<>();
            if (n.getId().equals(draft.getStart())) {
                classes.add("start");
            }
            if (n.isEnding()) {
                classes.add("ending");
                classes.add("outcome-" + n.getOutcome());
            }
            if (unreachable.contains(n.getId())) {
                classes.add("unreachable");
            }
            if (deadEnds.contains(n.getId())) {
                classes.add("deadend");
            }
            if (withErrors.contains(n.getId())) {
                classes.add("error");
            }
            if (n.getId().equals(selected)) {
                classes.add("selected");
            }
            JsonObjectBuilder node = Json.createObjectBuilder()
                    .add("id", n.getId())
                    .add("label", n.getId())
                    .add("classes", String.join(" ", classes));
            double[] at = positions.getOrDefault(n.getId(), layout.get(n.getId()));
            node.add("x", at[0]).add("y", at[1]);
            nodes.add(node);
            int i = 0;
            for (DraftChoice c : n.getChoices()) {
                if (c.getNext() != null && ids.contains(c.getNext())) {
                    ends.add(new String[] {n.getId(), c.getNext()});
                    edgeList.add(Json.createObjectBuilder()
                            .add("id", n.getId() + "/" + i)
                            .add("source", n.getId())
                            .add("target", c.getNext())
                            .add("label", shorten(c.getText() == null ? c.getId() : c.getText())));
                }
                i++;
            }
        }
        List<Double> bends = GraphLayout.bends(ends);
        for (int e = 0; e < edgeList.size(); e++) {
            edges.add(edgeList.get(e).add("bend", bends.get(e)));
        }
        return Json.createObjectBuilder().add("nodes", nodes).add("edges", edges).build().toString();
    }

    static Map<String, double[]> layers(Draft draft) {
        Map<String, List<String>> next = new LinkedHashMap<>();
        draft.getNodes().forEach(n -> next.put(n.getId(),
                n.getChoices().stream().map(DraftChoice::getNext).filter(t -> t != null).toList()));
        return GraphLayout.layers(draft.getStart(), next);
    }

    private Set<String> nodesWith(String key) {
        return java.util.stream.Stream.concat(getChecked().errors().stream(), getChecked().warnings().stream())
                .filter(f -> f.key().equals(key)).map(f -> nodeOf(f.path())).filter(n -> n != null)
                .collect(Collectors.toSet());
    }

    static String shorten(String text) {
        String plain = nl.publieksacademie.content.control.TextMarkup.plain(text).replaceAll("\\s+", " ").strip();
        return plain.length() <= 40 ? plain : plain.substring(0, 39) + "…";
    }

    private String writePositions() {
        JsonObjectBuilder all = Json.createObjectBuilder();
        positions.forEach((id, at) -> all.add(id, Json.createArrayBuilder().add(at[0]).add(at[1])));
        return all.build().toString();
    }

    static Map<String, double[]> readPositions(String json) {
        Map<String, double[]> read = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return read;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject all = reader.readObject();
            all.forEach((id, value) -> {
                if (value.getValueType() == JsonValue.ValueType.ARRAY && value.asJsonArray().size() == 2) {
                    read.put(id, new double[] {value.asJsonArray().getJsonNumber(0).doubleValue(),
                            value.asJsonArray().getJsonNumber(1).doubleValue()});
                }
            });
        } catch (RuntimeException e) {
            // positions are a convenience: unreadable ones are dropped and the layout places the nodes
        }
        return read;
    }

    // ------------------------------------------------------------------------------------------- options

    public List<String> getNodeIds() {
        return draft.getNodes().stream().map(DraftNode::getId).toList();
    }

    public List<Framework.Competency> getFrameworkCompetencies() {
        return profiles.framework().domains().stream().flatMap(d -> d.competencies().stream()).toList();
    }

    public List<String> getVariableNames() {
        return draft.getVariables().stream().map(DraftVariable::getName).toList();
    }

    public List<String> getCheckIds() {
        return draft.getChecks().stream().map(DraftCheck::getId).toList();
    }

    private static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    private String user() {
        return currentUser.getName();
    }

    public Draft getDraft() { return draft; }
    public int getVersion() { return version; }
    public String getUpdatedBy() { return updatedBy; }
    public String getUpdatedAt() { return updatedAt; }
    public boolean isSavedHere() { return savedHere; }
    public boolean isConflict() { return conflict; }
    public String getSelected() { return selected; }
    public String getNewId() { return newId; }
    public void setNewId(String newId) { this.newId = newId; }
    public String getScenario() { return scenario; }
    public void setScenario(String scenario) { this.scenario = scenario; }
}
