package nl.publieksacademie.courses.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A step of a {@link ModuleDraft}: {@code kind} is lesson, quiz or scenario; {@code target} the file or slug. */
public final class StepDraft implements Serializable {
    private static final long serialVersionUID = 1L;
    private String id;
    private String title;
    private String kind;
    private String target;
    private List<String> pass = new ArrayList<>();
    private boolean optional;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public List<String> getPass() { return pass; }
    public void setPass(List<String> pass) { this.pass = new ArrayList<>(pass); }
    public boolean isOptional() { return optional; }
    public void setOptional(boolean optional) { this.optional = optional; }
}
