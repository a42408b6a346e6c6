package nl.publieksacademie.scenarios.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A choice of a {@link DraftNode}; the condition and effects are expressions as written. */
public final class DraftChoice implements Serializable {
    private static final long serialVersionUID = 1L;
    private String id;
    private String text;
    private String condition;
    private List<DraftEffect> effects = new ArrayList<>();
    private List<String> sets = new ArrayList<>();
    private List<DraftEvidence> evidence = new ArrayList<>();
    private String feedback;
    private String next;

    public DraftChoice() {}

    public DraftChoice(String id) {
        this.id = id;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getCondition() { return condition; }
    public void setCondition(String condition) { this.condition = condition; }
    public List<DraftEffect> getEffects() { return effects; }
    public List<String> getSets() { return sets; }
    public void setSets(List<String> sets) { this.sets = new ArrayList<>(sets); }
    public List<DraftEvidence> getEvidence() { return evidence; }
    public String getFeedback() { return feedback; }
    public void setFeedback(String feedback) { this.feedback = feedback; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
