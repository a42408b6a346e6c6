package nl.publieksacademie.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Report exports with exactly the numbers of the screen. */
final class ReportExports {

    private ReportExports() {}

    /** The heatmap as an A4 landscape table: one row per team, a cell per competency with level / target. */
    static byte[] pdf(Reports.Heatmap heatmap, String title) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document(
                com.lowagie.text.PageSize.A4.rotate(), 24, 24, 24, 24);
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.open();
        com.lowagie.text.Font small = com.lowagie.text.FontFactory.getFont(com.lowagie.text.FontFactory.HELVETICA, 7);
        com.lowagie.text.Font bold = com.lowagie.text.FontFactory.getFont(
                com.lowagie.text.FontFactory.HELVETICA_BOLD, 7);
        document.add(new com.lowagie.text.Paragraph(title,
                com.lowagie.text.FontFactory.getFont(com.lowagie.text.FontFactory.HELVETICA_BOLD, 12)));
        com.lowagie.text.pdf.PdfPTable table = new com.lowagie.text.pdf.PdfPTable(heatmap.competencies().size() + 2);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(new com.lowagie.text.Phrase("team", bold));
        table.addCell(new com.lowagie.text.Phrase("n", bold));
        heatmap.competencies().forEach(c -> table.addCell(new com.lowagie.text.Phrase(c.name(), bold)));
        for (Reports.Row row : heatmap.rows()) {
            table.addCell(new com.lowagie.text.Phrase(row.name() + " (" + row.department() + ")", small));
            table.addCell(new com.lowagie.text.Phrase(String.valueOf(row.members()), small));
            for (Reports.Cell cell : row.cells()) {
                table.addCell(new com.lowagie.text.Phrase(cell.level() + " / " + cell.target(), small));
            }
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

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
