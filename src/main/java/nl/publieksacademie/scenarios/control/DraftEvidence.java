package nl.publieksacademie.scenarios.control;

import java.io.Serializable;

/** Evidence a {@link DraftChoice} gives: competency, weight and reason. */
public final class DraftEvidence implements Serializable {
    private static final long serialVersionUID = 1L;
    private String competency;
    private Integer weight;
    private String reason;

    public DraftEvidence() {}

    public DraftEvidence(String competency, Integer weight, String reason) {
        this.competency = competency;
        this.weight = weight;
        this.reason = reason;
    }

    public String getCompetency() { return competency; }
    public void setCompetency(String competency) { this.competency = competency; }
    public Integer getWeight() { return weight; }
    public void setWeight(Integer weight) { this.weight = weight; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
