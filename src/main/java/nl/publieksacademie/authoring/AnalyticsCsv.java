package nl.publieksacademie.authoring;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The path analytics as one CSV table: a section column, then the figures, the same numbers as the page. */
final class AnalyticsCsv {

    private AnalyticsCsv() {}

    static String write(PathAnalytics.Report report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("section", "node", "item", "text", "count", "percent").get())) {
            csv.printRecord("total", "", "attempts", "", report.attempts(), "");
            csv.printRecord("total", "", "learners", "", report.learners(), "");
            if (report.withheld()) {
                csv.printRecord("withheld", "", "fewer than " + report.minimum() + " learners", "", "", "");
                return out.toString();
            }
            for (PathAnalytics.NodeStats n : report.nodes()) {
                csv.printRecord("node", n.node(), "reached", "", n.reached(), "");
                if (n.withheld() && !n.ending()) {
                    csv.printRecord("choice", n.node(), "withheld", "", "", "");
                }
                for (PathAnalytics.ChoiceCount c : n.choices()) {
                    csv.printRecord("choice", n.node(), c.choice(), c.text(), c.count(), c.percent());
                }
            }
            for (PathAnalytics.EndingCount e : report.endings()) {
                csv.printRecord("ending", e.node(), e.outcome(), e.title(), e.count(), "");
            }
            for (PathAnalytics.CheckCount c : report.missedChecks()) {
                csv.printRecord("missed-check", "", c.check(), c.label(), c.missed(), "");
            }
            for (PathAnalytics.CompetencyAverage a : report.evidence()) {
                csv.printRecord("evidence-per-attempt", "", a.competency(), "", a.average(), "");
            }
            for (PathAnalytics.Abandoned a : report.abandoned()) {
                csv.printRecord("unfinished", a.node(), "", "", a.count(), "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
