package nl.publieksacademie.authoring;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.publieksacademie.platform.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The path analytics as one CSV table: a section column, then the figures, the same numbers as the page. A
 * suppressed figure reads "&lt; 5" (the minimum), its percentage is empty. In the reader's language: Dutch with
 * {@code ;} and decimal commas (what Dutch Excel opens), English with {@code ,} and points; headings and words in
 * that language, competencies by name; UTF-8 after a byte order mark.
 */
final class AnalyticsCsv {

    private AnalyticsCsv() {}

    /**
     * @param text UI text by bundle key, in {@code locale}
     * @param competencies competency names by id
     */
    static String write(PathAnalytics.Report report, Locale locale, Function<String, String> text,
            Map<String, String> competencies) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        String fewer = "< " + report.minimum();
        Function<String, String> word = key -> text.apply("analytics.csv." + key);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter("nl".equals(locale.getLanguage()) ? ';' : ',')
                .get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            CsvCells.print(csv, word.apply("section"), word.apply("node"), word.apply("item"), word.apply("text"),
                    word.apply("count"), word.apply("percent"));
            CsvCells.print(csv, word.apply("total"), "", word.apply("attempts"), "", report.attempts(), "");
            CsvCells.print(csv, word.apply("total"), "", word.apply("learners"), "", report.learners(), "");
            if (report.withheld()) {
                CsvCells.print(csv, word.apply("withheld"), "", word.apply("fewer").replace("{0}",
                        String.valueOf(report.minimum())), "", "", "");
                return out.toString();
            }
            for (PathAnalytics.NodeStats n : report.nodes()) {
                CsvCells.print(csv, word.apply("node"), n.node(), word.apply("reached"), "",
                        figure(n.reached(), fewer), "");
                for (PathAnalytics.ChoiceCount c : n.choices()) {
                    CsvCells.print(csv, word.apply("choice"), n.node(), c.choice(), c.text(),
                            figure(c.count(), fewer), c.percent() == null ? "" : c.percent());
                }
            }
            for (PathAnalytics.EndingCount e : report.endings()) {
                CsvCells.print(csv, word.apply("ending"), e.node(), e.outcome(), e.title(),
                        figure(e.count(), fewer), "");
            }
            for (PathAnalytics.CheckCount c : report.missedChecks()) {
                CsvCells.print(csv, word.apply("missedCheck"), "", c.check(), c.label(), figure(c.missed(), fewer),
                        "");
            }
            for (PathAnalytics.CompetencyAverage a : report.evidence()) {
                CsvCells.print(csv, word.apply("evidence"), "",
                        competencies.getOrDefault(a.competency(), a.competency()), "",
                        a.average() == null ? fewer + " " + word.apply("learners")
                                : new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(locale))
                                        .format(a.average()), "");
            }
            for (PathAnalytics.Abandoned a : report.abandoned()) {
                CsvCells.print(csv, word.apply("unfinished"), a.node(), "", "", figure(a.count(), fewer), "");
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
