package nl.publieksacademie.authoring;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import nl.publieksacademie.platform.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The path analytics as one CSV table: a section column, then the figures, the same numbers as the page. A
 * suppressed figure reads "&lt; 5" (the minimum), its percentage is empty.
 */
final class AnalyticsCsv {

    private AnalyticsCsv() {}

    static String write(PathAnalytics.Report report) {
        StringWriter out = new StringWriter();
        String fewer = "< " + report.minimum();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("section", "node", "item", "text", "count", "percent").get())) {
            CsvCells.print(csv, "total", "", "attempts", "", report.attempts(), "");
            CsvCells.print(csv, "total", "", "learners", "", report.learners(), "");
            if (report.withheld()) {
                CsvCells.print(csv, "withheld", "", "fewer than " + report.minimum() + " learners", "", "", "");
                return out.toString();
            }
            for (PathAnalytics.NodeStats n : report.nodes()) {
                CsvCells.print(csv, "node", n.node(), "reached", "", figure(n.reached(), fewer), "");
                for (PathAnalytics.ChoiceCount c : n.choices()) {
                    CsvCells.print(csv, "choice", n.node(), c.choice(), c.text(), figure(c.count(), fewer),
                            c.percent() == null ? "" : c.percent());
                }
            }
            for (PathAnalytics.EndingCount e : report.endings()) {
                CsvCells.print(csv, "ending", e.node(), e.outcome(), e.title(), figure(e.count(), fewer), "");
            }
            for (PathAnalytics.CheckCount c : report.missedChecks()) {
                CsvCells.print(csv, "missed-check", "", c.check(), c.label(), figure(c.missed(), fewer), "");
            }
            for (PathAnalytics.CompetencyAverage a : report.evidence()) {
                CsvCells.print(csv, "evidence-per-attempt", "", a.competency(), "",
                        a.average() == null ? fewer + " learners" : a.average(), "");
            }
            for (PathAnalytics.Abandoned a : report.abandoned()) {
                CsvCells.print(csv, "unfinished", a.node(), "", "", figure(a.count(), fewer), "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object figure(Long count, String fewer) {
        return count == null ? fewer : count;
    }
}
