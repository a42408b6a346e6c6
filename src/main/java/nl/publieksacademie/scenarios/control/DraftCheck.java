package nl.publieksacademie.scenarios.control;

import java.io.Serializable;

/** A must-do check of a {@link Draft}. */
public final class DraftCheck implements Serializable {
    private static final long serialVersionUID = 1L;
    private String id;
    private String label;

    public DraftCheck() {}

    public DraftCheck(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
}
