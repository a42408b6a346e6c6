package nl.publieksacademie.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Report exports with exactly the numbers of the screen. */
final class ReportExports {

    private ReportExports() {}

    static String csv(Reports.Heatmap heatmap) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("department", "team",
                "members", "competency", "level", "target", "gap", "with_evidence").get())) {
            for (Reports.Row row : heatmap.rows()) {
                for (Reports.Cell cell : row.cells()) {
                    csv.printRecord(row.department(), row.name(), row.members(), cell.competency(), cell.level(),
                            cell.target(), cell.gap(), cell.withEvidence());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
