package nl.publieksacademie.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.publieksacademie.competencies.boundary.Profiles;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.Language;
import nl.publieksacademie.platform.Messages;
import nl.publieksacademie.staff.PersonAccess;
import nl.publieksacademie.staff.Team;
import nl.publieksacademie.staff.Teams;

/** Backing bean of {@code /hr/index.xhtml}: the heatmap with its filters (GET parameters). */
@Named
@RequestScoped
public class HeatmapPage {

    @Inject
    Reports reports;

    @Inject
    Teams teams;

    @Inject
    PersonAccess access;

    @Inject
    Profiles profiles;

    @Inject
    Language language;

    private String department;
    private String jobRole;
    private String from;
    private String to;
    private Reports.Heatmap heatmap;

    @Inject
    Messages messages;

    private String fromError;
    private String toError;
    private Boolean noGrants;

    /**
     * The heatmap for the filters. A date that is no date, or a period that ends before it starts, is refused with a
     * message on its field, and the heatmap is then shown without the period.
     */
    public Reports.Heatmap getHeatmap() {
        if (heatmap == null) {
            LocalDate start = null;
            LocalDate end = null;
            try {
                start = ReportsResource.date("from", from);
            } catch (InvalidInput e) {
                fromError = messages.format("analytics.badDate");
            }
            try {
                end = ReportsResource.date("to", to);
            } catch (InvalidInput e) {
                toError = messages.format("analytics.badDate");
            }
            if (start != null && end != null && end.isBefore(start)) {
                toError = messages.format("hr.periodReversed");
            }
            boolean refused = fromError != null || toError != null;
            heatmap = reports.heatmap(new Reports.Filter(department, jobRole, refused ? null : start,
                    refused ? null : end));
        }
        return heatmap;
    }

    /** True when a date of the period was refused (the heatmap then covers all time, and the page says so). */
    public boolean isPeriodRefused() {
        if (heatmap == null && fromError == null && toError == null) {
            getHeatmap();
        }
        return fromError != null || toError != null;
    }

    /** True when the caller may see no team at all (an HR user without department grants). */
    public boolean isNoGrants() {
        if (noGrants == null) {
            Set<String> departments = access.reach().departments();
            noGrants = departments != null && departments.isEmpty();
        }
        return noGrants;
    }

    public String getFromError() {
        getHeatmap();
        return fromError;
    }

    public String getToError() {
        getHeatmap();
        return toError;
    }

    /** A competency's name (for the cells' accessible names) from its id. */
    public String competencyName(String id) {
        return getHeatmap().competencies().stream().filter(c -> c.id().equals(id)).map(Reports.Column::name)
                .findFirst().orElse(id);
    }

    /** A level or target in the page's language: a decimal comma in Dutch, a dot in English. */
    public String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A CSS class for a cell by its gap: 0 (at or above target) to 3 (far below). */
    public String gapClass(Reports.Cell cell) {
        double gap = cell.gap();
        return "pa-gap-" + (gap <= 0 ? 0 : gap <= 0.5 ? 1 : gap <= 1.25 ? 2 : 3);
    }

    public List<String> getDepartments() {
        PersonAccess.Reach reach = access.reach();
        return teams.all().stream().map(Team::getDepartment).distinct().filter(reach::covers).sorted().toList();
    }

    public List<Framework.RoleProfile> getJobRoles() {
        return List.copyOf(profiles.framework().roles().values());
    }

    /** The filter and the page's language as the query string of the downloads. */
    public String getDownloadQuery() {
        StringBuilder q = new StringBuilder("?lang=").append(language.getCode());
        append(q, "department", department);
        append(q, "jobRole", jobRole);
        append(q, "from", from);
        append(q, "to", to);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(q.length() == 0 ? "?" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getJobRole() { return jobRole; }
    public void setJobRole(String jobRole) { this.jobRole = jobRole; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
