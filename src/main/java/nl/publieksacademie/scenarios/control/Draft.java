package nl.publieksacademie.scenarios.control;

import static nl.publieksacademie.content.control.LooseYaml.clean;
import static nl.publieksacademie.content.control.LooseYaml.integer;
import static nl.publieksacademie.content.control.LooseYaml.put;
import static nl.publieksacademie.content.control.LooseYaml.text;
import static nl.publieksacademie.content.control.LooseYaml.texts;
import static nl.publieksacademie.content.control.LooseYaml.unique;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.publieksacademie.content.control.LooseYaml;

/**
 * A scenario as the editor changes it: plain mutable fields, everything the file format has, nothing checked. It
 * is read from and written to the scenario file format leniently (an expression that does not parse, a goto to a
 * node that does not exist yet are kept as written), so a half-finished draft can be saved; the importer's
 * validator then says what is wrong, by document path.
 */
public final class Draft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private String title;
    private String summary;
    private String setting;
    private Integer duration;
    private String personaName;
    private String personaInitials;
    private String personaDescription;
    private List<String> competencies = new ArrayList<>();
    private List<DraftVariable> variables = new ArrayList<>();
    private List<DraftCheck> checks = new ArrayList<>();
    private String start;
    private List<DraftNode> nodes = new ArrayList<>();

    /** A new scenario that is valid as it stands: one question, one answer, one ending. */
    public static Draft blank(String id, String title, String setting) {
        Draft draft = new Draft();
        draft.id = id;
        draft.title = title;
        draft.summary = title;
        draft.setting = setting;
        draft.duration = 10;
        draft.personaName = "Inwoner";
        draft.personaInitials = "IN";
        draft.personaDescription = "Een inwoner van de gemeente.";
        draft.start = "begin";
        DraftNode begin = new DraftNode("begin");
        begin.setSays("Goedemorgen.");
        DraftChoice greet = new DraftChoice("groeten");
        greet.setText("Goedemorgen, waarmee kan ik u helpen?");
        greet.setNext("einde");
        begin.getChoices().add(greet);
        DraftNode end = new DraftNode("einde");
        end.setSays("Dank u wel, fijne dag.");
        end.setEnding(true);
        end.setOutcome("geslaagd");
        end.setEndingTitle("Geholpen");
        end.setDebrief("De inwoner is geholpen.");
        draft.nodes.add(begin);
        draft.nodes.add(end);
        return draft;
    }

    // ----------------------------------------------------------------------------------------- reading the file

    /** Reads a scenario file leniently; empty when it is not YAML or not a mapping at all. */
    public static Optional<Draft> read(String text) {
        Optional<Map<?, ?>> loaded = LooseYaml.map(text);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        Map<?, ?> top = loaded.get();
        Draft draft = new Draft();
        draft.id = text(top.get("id"));
        draft.title = text(top.get("title"));
        draft.summary = text(top.get("summary"));
        draft.setting = text(top.get("setting"));
        draft.duration = integer(top.get("duration"));
        if (top.get("persona") instanceof Map<?, ?> persona) {
            draft.personaName = text(persona.get("name"));
            draft.personaInitials = text(persona.get("initials"));
            draft.personaDescription = text(persona.get("description"));
        }
        draft.competencies = texts(top.get("competencies"));
        if (top.get("variables") instanceof Map<?, ?> variables) {
            variables.forEach((name, v) -> {
                DraftVariable variable = new DraftVariable(String.valueOf(name));
                if (v instanceof Map<?, ?> f) {
                    variable.setType(text(f.get("type")));
                    variable.setMin(integer(f.get("min")));
                    variable.setMax(integer(f.get("max")));
                    variable.setStart(f.get("start") instanceof Boolean b ? (b ? "true" : "false") : text(f.get("start")));
                    variable.setMeter(Boolean.TRUE.equals(f.get("meter")));
                    variable.setLabel(text(f.get("label")));
                    variable.setBetter(text(f.get("better")));
                }
                draft.variables.add(variable);
            });
        }
        if (top.get("checks") instanceof Map<?, ?> checks) {
            checks.forEach((cid, c) -> draft.checks.add(new DraftCheck(String.valueOf(cid),
                    c instanceof Map<?, ?> f ? text(f.get("label")) : null)));
        }
        draft.start = text(top.get("start"));
        if (top.get("nodes") instanceof Map<?, ?> nodes) {
            nodes.forEach((nid, n) -> draft.nodes.add(node(String.valueOf(nid), n)));
        }
        return Optional.of(draft);
    }

    private static DraftNode node(String id, Object value) {
        DraftNode node = new DraftNode(id);
        if (!(value instanceof Map<?, ?> f)) {
            return node;
        }
        node.setSetting(text(f.get("setting")));
        node.setTime(text(f.get("time")));
        node.setNarration(text(f.get("narration")));
        node.setSays(text(f.get("says")));
        node.setNoReturn(Boolean.TRUE.equals(f.get("no_return")));
        if (f.get("ending") instanceof Map<?, ?> e) {
            node.setEnding(true);
            node.setOutcome(text(e.get("outcome")));
            node.setEndingTitle(text(e.get("title")));
            node.setDebrief(text(e.get("debrief")));
            node.setRequires(texts(e.get("requires")));
        }
        if (f.get("choices") instanceof List<?> choices) {
            for (Object c : choices) {
                if (c instanceof Map<?, ?> cf) {
                    DraftChoice choice = new DraftChoice(text(cf.get("id")));
                    choice.setText(text(cf.get("text")));
                    choice.setCondition(text(cf.get("if")));
                    if (cf.get("effects") instanceof Map<?, ?> effects) {
                        effects.forEach((var, expr) -> choice.getEffects()
                                .add(new DraftEffect(String.valueOf(var), text(expr))));
                    }
                    choice.setSets(texts(cf.get("sets")));
                    if (cf.get("evidence") instanceof List<?> evidence) {
                        for (Object ev : evidence) {
                            if (ev instanceof Map<?, ?> ef) {
                                choice.getEvidence().add(new DraftEvidence(text(ef.get("competency")),
                                        integer(ef.get("weight")), text(ef.get("reason"))));
                            }
                        }
                    }
                    choice.setFeedback(text(cf.get("feedback")));
                    choice.setNext(text(cf.get("goto")));
                    node.getChoices().add(choice);
                }
            }
        }
        return node;
    }

    // ----------------------------------------------------------------------------------------- writing the file

    /** The draft in the scenario file format, fields in the documented order; empty fields are left out. */
    public String write() {
        Map<String, Object> top = new LinkedHashMap<>();
        put(top, "id", id);
        put(top, "title", title);
        put(top, "summary", summary);
        put(top, "setting", setting);
        put(top, "duration", duration);
        Map<String, Object> persona = new LinkedHashMap<>();
        put(persona, "name", personaName);
        put(persona, "initials", personaInitials);
        put(persona, "description", personaDescription);
        top.put("persona", persona);
        top.put("competencies", clean(competencies));
        if (!variables.isEmpty()) {
            Map<String, Object> vars = new LinkedHashMap<>();
            for (DraftVariable v : variables) {
                Map<String, Object> f = new LinkedHashMap<>();
                put(f, "type", v.getType());
                if (!"bool".equals(v.getType())) {
                    put(f, "min", v.getMin());
                    put(f, "max", v.getMax());
                }
                Object startValue = "bool".equals(v.getType()) ? (Object) Boolean.valueOf(v.getStart())
                        : number(v.getStart());
                put(f, "start", startValue);
                if (v.isMeter()) {
                    f.put("meter", true);
                }
                put(f, "label", v.getLabel());
                put(f, "better", v.getBetter());
                vars.put(v.getName(), f);
            }
            top.put("variables", vars);
        }
        if (!checks.isEmpty()) {
            Map<String, Object> cs = new LinkedHashMap<>();
            checks.forEach(c -> {
                Map<String, Object> f = new LinkedHashMap<>();
                put(f, "label", c.getLabel());
                cs.put(c.getId(), f);
            });
            top.put("checks", cs);
        }
        put(top, "start", start);
        Map<String, Object> ns = new LinkedHashMap<>();
        for (DraftNode n : nodes) {
            Map<String, Object> f = new LinkedHashMap<>();
            put(f, "setting", n.getSetting());
            put(f, "time", n.getTime());
            put(f, "narration", n.getNarration());
            put(f, "says", n.getSays());
            if (n.isNoReturn()) {
                f.put("no_return", true);
            }
            if (n.isEnding()) {
                Map<String, Object> e = new LinkedHashMap<>();
                put(e, "outcome", n.getOutcome());
                put(e, "title", n.getEndingTitle());
                put(e, "debrief", n.getDebrief());
                if (!clean(n.getRequires()).isEmpty()) {
                    e.put("requires", clean(n.getRequires()));
                }
                f.put("ending", e);
            } else {
                List<Object> cs = new ArrayList<>();
                for (DraftChoice c : n.getChoices()) {
                    Map<String, Object> cf = new LinkedHashMap<>();
                    put(cf, "id", c.getId());
                    put(cf, "text", c.getText());
                    put(cf, "if", c.getCondition());
                    if (!c.getEffects().isEmpty()) {
                        Map<String, Object> effects = new LinkedHashMap<>();
                        c.getEffects().stream().filter(e -> blank(e.getVariable()) == null ? false : true)
                                .forEach(e -> effects.put(e.getVariable(), number(e.getExpression())));
                        if (!effects.isEmpty()) {
                            cf.put("effects", effects);
                        }
                    }
                    if (!clean(c.getSets()).isEmpty()) {
                        cf.put("sets", clean(c.getSets()));
                    }
                    List<Object> evidence = new ArrayList<>();
                    for (DraftEvidence ev : c.getEvidence()) {
                        Map<String, Object> ef = new LinkedHashMap<>();
                        put(ef, "competency", ev.getCompetency());
                        put(ef, "weight", ev.getWeight());
                        put(ef, "reason", ev.getReason());
                        evidence.add(ef);
                    }
                    if (!evidence.isEmpty()) {
                        cf.put("evidence", evidence);
                    }
                    put(cf, "feedback", c.getFeedback());
                    put(cf, "goto", c.getNext());
                    cs.add(cf);
                }
                f.put("choices", cs);
            }
            ns.put(n.getId(), f);
        }
        top.put("nodes", ns);
        return LooseYaml.dump(top);
    }

    private static Object number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return text.strip();
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    // ----------------------------------------------------------------------------------------- editing

    public Optional<DraftNode> node(String nodeId) {
        return nodes.stream().filter(n -> n.getId().equals(nodeId)).findFirst();
    }

    /** A new node with an id not yet used ({@code prefix}, {@code prefix-2}, ...), added at the end. */
    public DraftNode addNode(String prefix) {
        String nodeId = unique(prefix, nodes.stream().map(DraftNode::getId).toList());
        DraftNode node = new DraftNode(nodeId);
        nodes.add(node);
        return node;
    }

    /** A new choice in {@code node} with an unused id, pointing at the node itself until the author picks a goto. */
    public DraftChoice addChoice(DraftNode node) {
        DraftChoice choice = new DraftChoice(unique("keuze", node.getChoices().stream().map(DraftChoice::getId).toList()));
        choice.setNext(node.getId());
        node.getChoices().add(choice);
        return choice;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getSetting() { return setting; }
    public void setSetting(String setting) { this.setting = setting; }
    public Integer getDuration() { return duration; }
    public void setDuration(Integer duration) { this.duration = duration; }
    public String getPersonaName() { return personaName; }
    public void setPersonaName(String personaName) { this.personaName = personaName; }
    public String getPersonaInitials() { return personaInitials; }
    public void setPersonaInitials(String personaInitials) { this.personaInitials = personaInitials; }
    public String getPersonaDescription() { return personaDescription; }
    public void setPersonaDescription(String personaDescription) { this.personaDescription = personaDescription; }
    public List<String> getCompetencies() { return competencies; }
    public void setCompetencies(List<String> competencies) { this.competencies = new ArrayList<>(competencies); }
    public List<DraftVariable> getVariables() { return variables; }
    public List<DraftCheck> getChecks() { return checks; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public List<DraftNode> getNodes() { return nodes; }
}
