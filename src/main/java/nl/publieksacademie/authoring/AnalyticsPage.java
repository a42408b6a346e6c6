package nl.publieksacademie.authoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.publieksacademie.platform.FacesProblems;
import nl.publieksacademie.staff.Team;
import nl.publieksacademie.staff.Teams;

/** Backing bean of {@code /trainer/analytics.xhtml}: path analytics of a published version, filtered by GET. */
@Named
@RequestScoped
public class AnalyticsPage {

    @Inject
    nl.publieksacademie.platform.Language language;

    @Inject
    PathAnalytics analytics;

    @Inject
    ScenarioDrafts drafts;

    @Inject
    Teams teams;

    @Inject
    FacesProblems problems;

    @Inject
    nl.publieksacademie.competencies.boundary.Profiles profiles;

    private String scenario;
    private Integer version;
    private Long team;
    private String from;
    private String to;
    private PathAnalytics.Report report;

    public void load() {
        report = analytics.report(scenario, version, team, date(from), date(to));
    }

    /** The scenario's title as last published; its id while it has none. */
    public String getTitle() {
        return drafts.history(scenario).stream().findFirst().map(ScenarioDrafts.VersionRow::title).orElse(scenario);
    }

    /** A competency's name in the framework; the id if the framework no longer has it. */
    public String competency(String id) {
        return profiles.framework().competency(id).map(c -> c.name()).orElse(id);
    }

    private LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.error("analytics.badDate");
            return null;
        }
    }

    /**
     * The graph with the choice counts on the arrows, thicker as more attempts took them. A suppressed figure is
     * labelled "&lt; 5" and its arrow drawn at the thinnest width, so neither the label nor the thickness tells it.
     */
    public String getGraphJson() {
        JsonArrayBuilder nodes = Json.createArrayBuilder();
        JsonArrayBuilder edges = Json.createArrayBuilder();
        long most = report.nodes().stream().flatMap(n -> n.choices().stream())
                .filter(c -> c.count() != null).mapToLong(PathAnalytics.ChoiceCount::count)
                .max().orElse(1);
        String start = report.start();
        java.util.Map<String, java.util.List<String>> next = new java.util.LinkedHashMap<>();
        report.nodes().forEach(n -> next.put(n.node(),
                n.choices().stream().map(PathAnalytics.ChoiceCount::next).toList()));
        java.util.Map<String, double[]> layout = GraphLayout.layers(start, next);
        java.util.List<String[]> ends = new java.util.ArrayList<>();
        java.util.List<jakarta.json.JsonObjectBuilder> edgeList = new java.util.ArrayList<>();
        for (PathAnalytics.NodeStats n : report.nodes()) {
            double[] at = layout.get(n.node());
            nodes.add(Json.createObjectBuilder().add("id", n.node())
                    .add("label", n.node() + " (" + figure(n.reached()) + ")")
                    .add("classes", (n.ending() ? "ending" : "") + (n.node().equals(start) ? " start" : ""))
                    .add("x", at[0]).add("y", at[1]));
            int i = 0;
            for (PathAnalytics.ChoiceCount c : n.choices()) {
                ends.add(new String[] {n.node(), c.next()});
                edgeList.add(Json.createObjectBuilder().add("id", n.node() + "/" + i++).add("source", n.node())
                        .add("target", c.next())
                        .add("label", figure(c.count()) + (c.percent() == null ? "" : " (" + c.percent() + "%)"))
                        .add("width", c.count() == null ? 1 : 1 + 9.0 * c.count() / Math.max(1, most)));
            }
        }
        java.util.List<Double> bends = GraphLayout.bends(ends);
        for (int e = 0; e < edgeList.size(); e++) {
            edges.add(edgeList.get(e).add("bend", bends.get(e)));
        }
        return Json.createObjectBuilder().add("nodes", nodes).add("edges", edges).build().toString();
    }

    /** A count as shown: the number, or "&lt; 5" when it is suppressed (null). */
    public String figure(Object count) {
        return count == null ? getFewer() : String.valueOf(count);
    }

    /** What a suppressed figure reads: "&lt; 5". */
    public String getFewer() {
        return "< " + PathAnalytics.MINIMUM;
    }

    public List<String> getVersions() {
        return drafts.history(scenario).stream().map(v -> String.valueOf(v.number())).toList();
    }

    public List<Team> getTeams() {
        return teams.all();
    }

    /** The CSV download of the same report, with the same filters. */
    public String getCsvHref() {
        StringBuilder href = new StringBuilder("/api/scenarios/" + scenario + "/analytics.csv?version="
                + report.version());
        if (team != null) {
            href.append("&team=").append(team);
        }
        if (from != null && !from.isBlank()) {
            href.append("&from=").append(from);
        }
        if (to != null && !to.isBlank()) {
            href.append("&to=").append(to);
        }
        return href.append("&lang=").append(language.getCode()).toString();
    }

    public PathAnalytics.Report getReport() { return report; }
    public String getScenario() { return scenario; }
    public void setScenario(String scenario) { this.scenario = scenario; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public Long getTeam() { return team; }
    public void setTeam(Long team) { this.team = team; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
