package nl.publieksacademie.courses.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A module of a {@link CourseDraft}. */
public final class ModuleDraft implements Serializable {
    private static final long serialVersionUID = 1L;
    private String id;
    private String title;
    private final List<StepDraft> steps = new ArrayList<>();

    public ModuleDraft() {}

    public ModuleDraft(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<StepDraft> getSteps() { return steps; }
}
