package nl.publieksacademie.scenarios.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A node of a {@link Draft}: what is said and narrated, and either choices or an ending. */
public final class DraftNode implements Serializable {
    private static final long serialVersionUID = 1L;
    private String id;
    private String setting;
    private String time;
    private String narration;
    private String says;
    private boolean ending;
    private boolean noReturn;
    private String outcome;
    private String endingTitle;
    private String debrief;
    private List<String> requires = new ArrayList<>();
    private List<DraftChoice> choices = new ArrayList<>();

    public DraftNode() {}

    public DraftNode(String id) {
        this.id = id;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    /** The channel from this node on (the file's node {@code setting}), or null: unchanged. */
    public String getSetting() { return setting; }
    public void setSetting(String setting) { this.setting = setting; }
    /** The time of the citizen's message, {@code HH:mm}, or null. */
    public String getTime() { return time; }
    public void setTime(String time) { this.time = time; }
    public String getNarration() { return narration; }
    public void setNarration(String narration) { this.narration = narration; }
    public String getSays() { return says; }
    public void setSays(String says) { this.says = says; }
    public boolean isEnding() { return ending; }
    /** A deliberate point of no return (the file's {@code no_return}); the checker then accepts it. */
    public boolean isNoReturn() { return noReturn; }
    public void setNoReturn(boolean noReturn) { this.noReturn = noReturn; }
    public void setEnding(boolean ending) { this.ending = ending; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getEndingTitle() { return endingTitle; }
    public void setEndingTitle(String endingTitle) { this.endingTitle = endingTitle; }
    public String getDebrief() { return debrief; }
    public void setDebrief(String debrief) { this.debrief = debrief; }
    public List<String> getRequires() { return requires; }
    public void setRequires(List<String> requires) { this.requires = new ArrayList<>(requires); }
    public List<DraftChoice> getChoices() { return choices; }
}
