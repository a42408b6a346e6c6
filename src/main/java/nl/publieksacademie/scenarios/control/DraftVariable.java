package nl.publieksacademie.scenarios.control;

import java.io.Serializable;

/** A variable of a {@link Draft}: {@code start} is text ("3", "true") as the form holds it. */
public final class DraftVariable implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String type = "int";
    private Integer min;
    private Integer max;
    private String start;
    private boolean meter;
    private String label;
    private String better;

    public DraftVariable() {}

    public DraftVariable(String name) {
        this.name = name;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public Integer getMin() { return min; }
    public void setMin(Integer min) { this.min = min; }
    public Integer getMax() { return max; }
    public void setMax(Integer max) { this.max = max; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public boolean isMeter() { return meter; }
    public void setMeter(boolean meter) { this.meter = meter; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    /** Which way the meter is good ("lower", "higher"), or null for the default by name. */
    public String getBetter() { return better; }
    public void setBetter(String better) { this.better = better; }
}
