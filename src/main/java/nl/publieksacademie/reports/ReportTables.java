package nl.publieksacademie.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reports as {@link ReportTable}s, with exactly the values their pages show. Headings and words come from the
 * message bundle through {@code text} (key → text in the reader's language); competencies go by their names in the
 * framework, never by their ids.
 */
final class ReportTables {

    private ReportTables() {}

    /** The heatmap, one row per team and competency (CSV, XLSX): the API's long format with numbers as numbers. */
    static ReportTable heatmap(Reports.Heatmap heatmap, Locale locale, Function<String, String> text) {
        List<String> labels = labels(List.of("department", "team", "members", "competency", "level", "target", "gap",
                "with_evidence"), text);
        Map<String, String> names = heatmap.competencies().stream()
                .collect(Collectors.toMap(Reports.Column::id, Reports.Column::name, (a, b) -> a));
        List<List<Object>> rows = new ArrayList<>();
        for (Reports.Row row : heatmap.rows()) {
            for (Reports.Cell cell : row.cells()) {
                rows.add(Arrays.asList(row.department(), row.name(), row.members(),
                        names.getOrDefault(cell.competency(), cell.competency()), cell.level(), cell.target(),
                        cell.gap(), cell.withEvidence()));
            }
        }
        return report(text.apply("report.heatmap.title"), locale, filters(heatmap.filter(), locale, text), text,
                new ReportTable.Sheet(text.apply("report.sheet.heatmap"), labels, rows));
    }

    /** The heatmap as the page lays it out (PDF): a row per team, "level / target (with evidence)" per competency. */
    static ReportTable heatmapGrid(Reports.Heatmap heatmap, Locale locale, Function<String, String> text) {
        List<String> labels = new ArrayList<>(labels(List.of("team", "department", "members"), text));
        heatmap.competencies().forEach(c -> labels.add(c.name()));
        List<List<Object>> rows = new ArrayList<>();
        for (Reports.Row row : heatmap.rows()) {
            List<Object> values = new ArrayList<>(List.of(row.name(), row.department(), row.members()));
            row.cells().forEach(cell -> values.add(new ReportTable.Gap(ReportExports.decimal(cell.level(), locale)
                    + " / " + ReportExports.decimal(cell.target(), locale) + " (" + cell.withEvidence() + ")",
                    cell.gap())));
            rows.add(values);
        }
        return report(text.apply("report.heatmap.title"), locale, filters(heatmap.filter(), locale, text), text,
                new ReportTable.Sheet(text.apply("report.sheet.heatmap"), labels, rows));
    }

    /** The team view: its members (first table) and the team's trend per competency. */
    static ReportTable team(People.TeamView team, Locale locale, Function<String, String> text) {
        List<String> labels = new ArrayList<>(labels(List.of("name", "job_role"), text));
        labels.addAll(team.competencyNames());
        labels.addAll(labels(List.of("courses_completed", "courses_enrolled", "overdue"), text));
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
        List<String> trendLabels = new ArrayList<>(List.of(text.apply("report.col.competency")));
        trendLabels.addAll(months(team.months(), locale));
        List<List<Object>> trend = new ArrayList<>();
        for (int c = 0; c < team.competencies().size(); c++) {
            List<Object> values = new ArrayList<>();
            values.add(team.competencyNames().get(c));
            values.addAll(team.trend().get(c));
            trend.add(values);
        }
        return report(text.apply("report.team.title").replace("{0}", team.name()), locale,
                teamAndDepartment(team.name(), team.department(), text), text,
                new ReportTable.Sheet(text.apply("report.sheet.members"), labels, rows),
                new ReportTable.Sheet(text.apply("report.sheet.trend"), trendLabels, trend));
    }

    /** The person view: levels with gap and trend (first table), the evidence shown, the courses. */
    static ReportTable person(People.PersonView person, Locale locale, Function<String, String> text) {
        List<String> labels = new ArrayList<>(labels(List.of("competency", "level", "level_name", "target", "gap",
                "evidence"), text));
        labels.addAll(months(person.months(), locale));
        List<List<Object>> levels = new ArrayList<>();
        for (People.Line l : person.competencies()) {
            List<Object> values = new ArrayList<>(Arrays.asList(l.name(), l.level(), l.levelName(), l.target(),
                    l.gap(), l.evidence()));
            values.addAll(l.trend());
            levels.add(values);
        }
        Map<String, String> names = person.competencies().stream()
                .collect(Collectors.toMap(People.Line::id, People.Line::name, (a, b) -> a));
        List<List<Object>> evidence = new ArrayList<>();
        for (People.EvidenceLine e : person.evidence()) {
            evidence.add(Arrays.asList(e.date(), names.getOrDefault(e.competency(), e.competency()), e.weight(),
                    source(e, text), e.reason()));
        }
        List<List<Object>> courses = new ArrayList<>();
        for (People.CourseLine c : person.courses()) {
            courses.add(Arrays.asList(c.title(), yesNo(c.completed(), text), c.completedOn(), c.dueOn(),
                    yesNo(c.overdue(), text), c.percent()));
        }
        return report(text.apply("report.person.title").replace("{0}", person.name()), locale,
                teamAndDepartment(person.team(), person.department(), text), text,
                new ReportTable.Sheet(text.apply("report.sheet.levels"), labels, levels),
                new ReportTable.Sheet(text.apply("report.sheet.evidence"),
                        labels(List.of("date", "competency", "weight", "source", "reason"), text), evidence),
                new ReportTable.Sheet(text.apply("report.sheet.courses"),
                        labels(List.of("course", "completed", "completed_on", "due_on", "overdue", "percent"), text),
                        courses));
    }

    /** The kind of source and where: "Oefengesprek: Paspoort verlopen", "Toets: Korte toets (Basiscursus)". */
    static String source(People.EvidenceLine e, Function<String, String> text) {
        String kind = text.apply("profile.source." + e.source());
        return e.from() == null || e.from().isBlank() ? kind : format(text, "hr.sourceOf", kind, e.from());
    }

    /** The trends: per team its average level of one competency at the end of each month. */
    static ReportTable trends(Reports.Trends trends, Locale locale, Function<String, String> text) {
        List<String> labels = new ArrayList<>(labels(List.of("team", "department", "members"), text));
        labels.addAll(months(trends.months(), locale));
        List<List<Object>> rows = new ArrayList<>();
        for (Reports.TrendRow row : trends.rows()) {
            List<Object> values = new ArrayList<>(List.of(row.name(), row.department(), row.members()));
            values.addAll(row.levels());
            rows.add(values);
        }
        String competency = trends.competencies().stream().filter(c -> c.id().equals(trends.competency()))
                .map(Reports.Column::name).findFirst().orElse(trends.competency());
        List<String> filters = new ArrayList<>(List.of(format(text, "report.filter.competency", competency)));
        filters.add(trends.department() == null || trends.department().isBlank() ? text.apply("report.filter.none")
                : format(text, "report.filter.department", trends.department()));
        return report(text.apply("report.trends.title").replace("{0}", competency), locale,
                String.join(" · ", filters), text,
                new ReportTable.Sheet(text.apply("report.sheet.trend"), labels, rows));
    }

    /** The heatmap's filters in words: department, job role, period; "all teams" when there are none. */
    static String filters(Reports.Filter filter, Locale locale, Function<String, String> text) {
        if (filter == null) {
            return text.apply("report.filter.none");
        }
        List<String> parts = new ArrayList<>();
        if (filter.department() != null && !filter.department().isBlank()) {
            parts.add(format(text, "report.filter.department", filter.department()));
        }
        if (filter.jobRole() != null && !filter.jobRole().isBlank()) {
            parts.add(format(text, "report.filter.jobRole", jobRole(filter.jobRole(), text)));
        }
        if (filter.from() != null && filter.to() != null) {
            parts.add(format(text, "report.filter.period", date(filter.from(), locale), date(filter.to(), locale)));
        } else if (filter.from() != null) {
            parts.add(format(text, "report.filter.from", date(filter.from(), locale)));
        } else if (filter.to() != null) {
            parts.add(format(text, "report.filter.to", date(filter.to(), locale)));
        }
        return parts.isEmpty() ? text.apply("report.filter.none") : String.join(" · ", parts);
    }

    private static String teamAndDepartment(String team, String department, Function<String, String> text) {
        return format(text, "report.filter.team", team) + " · " + format(text, "report.filter.department",
                department);
    }

    private static String date(LocalDate date, Locale locale) {
        return ReportDates.words(date, locale);
    }

    /** The API's months ({@code 2026-11}) as the reader says them ({@code november 2026}). */
    private static List<String> months(List<String> months, Locale locale) {
        return months.stream().map(m -> ReportDates.month(m, locale)).toList();
    }

    /** The pattern of {@code key} with {0}, {1} filled in (plain replacement: names may hold quotes and braces). */
    private static String format(Function<String, String> text, String key, String... values) {
        String pattern = text.apply(key);
        for (int i = 0; i < values.length; i++) {
            pattern = pattern.replace("{" + i + "}", values[i] == null ? "" : values[i]);
        }
        return pattern;
    }

    private static ReportTable report(String title, Locale locale, String filters, Function<String, String> text,
            ReportTable.Sheet... sheets) {
        return new ReportTable(title, locale, filters, text.apply("report.footer.page"), List.of(sheets));
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
