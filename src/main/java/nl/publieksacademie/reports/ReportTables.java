package nl.publieksacademie.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The reports as {@link ReportTable}s, with exactly the values their pages show. Headings and words come from the
 * message bundle through {@code text} (key → text in the reader's language).
 */
final class ReportTables {

    private ReportTables() {}

    /** The heatmap, one row per team and competency (CSV, XLSX): the API's long format with numbers as numbers. */
    static ReportTable heatmap(Reports.Heatmap heatmap, Function<String, String> text) {
        List<String> keys = List.of("department", "team", "members", "competency", "level", "target", "gap",
                "with_evidence");
        List<List<Object>> rows = new ArrayList<>();
        for (Reports.Row row : heatmap.rows()) {
            for (Reports.Cell cell : row.cells()) {
                rows.add(Arrays.asList(row.department(), row.name(), row.members(), cell.competency(), cell.level(),
                        cell.target(), cell.gap(), cell.withEvidence()));
            }
        }
        return new ReportTable(text.apply("report.heatmap.title"),
                List.of(new ReportTable.Sheet(text.apply("report.sheet.heatmap"), keys, labels(keys, text), rows)));
    }

    /** The heatmap as the page lays it out (PDF): a row per team, "level / target" per competency. */
    static ReportTable heatmapGrid(Reports.Heatmap heatmap, Function<String, String> text) {
        List<String> keys = new ArrayList<>(List.of("team", "department", "members"));
        List<String> labels = new ArrayList<>(labels(keys, text));
        heatmap.competencies().forEach(c -> {
            keys.add(c.id());
            labels.add(c.name());
        });
        List<List<Object>> rows = new ArrayList<>();
        for (Reports.Row row : heatmap.rows()) {
            List<Object> values = new ArrayList<>(List.of(row.name(), row.department(), row.members()));
            row.cells().forEach(cell -> values.add(cell.level() + " / " + cell.target() + " (" + cell.withEvidence()
                    + ")"));
            rows.add(values);
        }
        return new ReportTable(text.apply("report.heatmap.title"),
                List.of(new ReportTable.Sheet(text.apply("report.sheet.heatmap"), keys, labels, rows)));
    }

    /** The team view: its members (first table) and the team's trend per competency. */
    static ReportTable team(People.TeamView team, Function<String, String> text) {
        List<String> keys = new ArrayList<>(List.of("name", "job_role"));
        List<String> labels = new ArrayList<>(labels(keys, text));
        keys.addAll(team.competencies());
        labels.addAll(team.competencyNames());
        List<String> tail = List.of("courses_completed", "courses_enrolled", "overdue");
        keys.addAll(tail);
        labels.addAll(labels(tail, text));
        List<List<Object>> rows = new ArrayList<>();
        for (People.Member m : team.members()) {
            List<Object> values = new ArrayList<>();
            values.add(m.name());
            values.add(jobRole(m.jobRole(), text));
            values.addAll(m.levels());
            values.add(m.coursesDone());
            values.add(m.coursesEnrolled());
            values.add(m.overdue());
            rows.add(values);
        }
        List<String> trendKeys = new ArrayList<>(List.of("competency"));
        trendKeys.addAll(team.months());
        List<String> trendLabels = new ArrayList<>(List.of(text.apply("report.col.competency")));
        trendLabels.addAll(team.months());
        List<List<Object>> trend = new ArrayList<>();
        for (int c = 0; c < team.competencies().size(); c++) {
            List<Object> values = new ArrayList<>();
            values.add(team.competencyNames().get(c));
            values.addAll(team.trend().get(c));
            trend.add(values);
        }
        return new ReportTable(text.apply("report.team.title").replace("{0}", team.name()), List.of(
                new ReportTable.Sheet(text.apply("report.sheet.members"), keys, labels, rows),
                new ReportTable.Sheet(text.apply("report.sheet.trend"), trendKeys, trendLabels, trend)));
    }

    /** The person view: levels with gap and trend (first table), the evidence shown, the courses. */
    static ReportTable person(People.PersonView person, Function<String, String> text) {
        List<String> keys = new ArrayList<>(List.of("competency", "level", "level_name", "target", "gap",
                "evidence"));
        List<String> labels = new ArrayList<>(labels(keys, text));
        keys.addAll(person.months());
        labels.addAll(person.months());
        List<List<Object>> levels = new ArrayList<>();
        for (People.Line l : person.competencies()) {
            List<Object> values = new ArrayList<>(Arrays.asList(l.name(), l.level(), l.levelName(), l.target(),
                    l.gap(), l.evidence()));
            values.addAll(l.trend());
            levels.add(values);
        }
        List<String> evidenceKeys = List.of("date", "competency", "weight", "source", "reason");
        List<List<Object>> evidence = new ArrayList<>();
        for (People.EvidenceLine e : person.evidence()) {
            evidence.add(Arrays.asList(e.date(), e.competency(), e.weight(),
                    text.apply("profile.source." + e.source()), e.reason()));
        }
        List<String> courseKeys = List.of("course", "completed", "completed_on", "due_on", "overdue", "percent");
        List<List<Object>> courses = new ArrayList<>();
        for (People.CourseLine c : person.courses()) {
            courses.add(Arrays.asList(c.title(), yesNo(c.completed(), text), c.completedOn(), c.dueOn(),
                    yesNo(c.overdue(), text), c.percent()));
        }
        return new ReportTable(text.apply("report.person.title").replace("{0}", person.name()), List.of(
                new ReportTable.Sheet(text.apply("report.sheet.levels"), keys, labels, levels),
                new ReportTable.Sheet(text.apply("report.sheet.evidence"), evidenceKeys, labels(evidenceKeys, text),
                        evidence),
                new ReportTable.Sheet(text.apply("report.sheet.courses"), courseKeys, labels(courseKeys, text),
                        courses)));
    }

    /** The trends: per team its average level of one competency at the end of each month. */
    static ReportTable trends(Reports.Trends trends, Function<String, String> text) {
        List<String> keys = new ArrayList<>(List.of("team", "department", "members"));
        List<String> labels = new ArrayList<>(labels(keys, text));
        keys.addAll(trends.months());
        labels.addAll(trends.months());
        List<List<Object>> rows = new ArrayList<>();
        for (Reports.TrendRow row : trends.rows()) {
            List<Object> values = new ArrayList<>(List.of(row.name(), row.department(), row.members()));
            values.addAll(row.levels());
            rows.add(values);
        }
        String competency = trends.competencies().stream().filter(c -> c.id().equals(trends.competency()))
                .map(Reports.Column::name).findFirst().orElse(trends.competency());
        return new ReportTable(text.apply("report.trends.title").replace("{0}", competency),
                List.of(new ReportTable.Sheet(text.apply("report.sheet.trend"), keys, labels, rows)));
    }

    private static List<String> labels(List<String> keys, Function<String, String> text) {
        return keys.stream().map(k -> text.apply("report.col." + k)).toList();
    }

    private static String jobRole(String jobRole, Function<String, String> text) {
        return jobRole == null ? text.apply("staff.noJobRole") : text.apply("jobRole." + jobRole);
    }

    private static String yesNo(boolean value, Function<String, String> text) {
        return text.apply(value ? "report.yes" : "report.no");
    }
}
