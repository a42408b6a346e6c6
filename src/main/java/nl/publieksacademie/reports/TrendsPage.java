package nl.publieksacademie.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/** Backing bean of {@code /hr/trends.xhtml}: per team one competency's level over the months (GET parameters). */
@Named
@RequestScoped
public class TrendsPage {

    /** The chart shows at most this many teams; the table always has them all. */
    public static final int CHART_TEAMS = 12;

    @Inject
    Reports reports;

    @Inject
    HeatmapPage heatmapPage;

    private String department;
    private String competency;
    private Reports.Trends trends;

    public Reports.Trends getTrends() {
        if (trends == null) {
            trends = reports.trends(department, competency);
        }
        return trends;
    }

    public List<String> getDepartments() {
        return heatmapPage.getDepartments();
    }

    public int getChartTeams() {
        return CHART_TEAMS;
    }

    /** The first {@value #CHART_TEAMS} teams as a Chart.js line chart configuration (months × average level). */
    public String getChartJson() {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        getTrends().rows().stream().limit(CHART_TEAMS).forEach(row -> {
            JsonArrayBuilder data = Json.createArrayBuilder();
            row.levels().forEach(data::add);
            datasets.add(Json.createObjectBuilder().add("label", row.name()).add("data", data).add("fill", false));
        });
        JsonArrayBuilder labels = Json.createArrayBuilder();
        getTrends().months().forEach(labels::add);
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("min", 1).add("max", 4))))
                .build().toString();
    }

    /** The query string of the current filter, for the downloads. */
    public String getQuery() {
        StringBuilder q = new StringBuilder("?competency=").append(java.net.URLEncoder.encode(
                getTrends().competency(), java.nio.charset.StandardCharsets.UTF_8));
        if (department != null && !department.isBlank()) {
            q.append("&department=").append(java.net.URLEncoder.encode(department,
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getCompetency() { return competency; }
    public void setCompetency(String competency) { this.competency = competency; }
}
