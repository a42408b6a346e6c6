package nl.publieksacademie.reports;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link ReportTable} as CSV (Commons CSV), XLSX (Apache POI) or PDF (OpenPDF). Every value is written as
 * the page shows it: decimals as they are rounded for the screen, dates as ISO dates, missing values empty.
 */
public final class ReportExports {

    /** The formats, with their media type and file extension. */
    public enum Format {
        CSV("text/csv; charset=UTF-8"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        PDF("application/pdf");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The format for an extension such as {@code xlsx}, or empty. */
        public static java.util.Optional<Format> of(String extension) {
            for (Format f : values()) {
                if (f.extension().equals(extension)) {
                    return java.util.Optional.of(f);
                }
            }
            return java.util.Optional.empty();
        }
    }

    private static final int MAX_COLUMN_CHARS = 60;

    private ReportExports() {}

    public static byte[] write(ReportTable report, Format format) {
        return switch (format) {
            case CSV -> csv(report.sheets().get(0)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case XLSX -> xlsx(report);
            case PDF -> pdf(report);
        };
    }

    /** One table as CSV with the machine column names as header; cells neutralized against formula injection. */
    public static String csv(ReportTable.Sheet sheet) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out,
                CSVFormat.DEFAULT.builder().setHeader(sheet.keys().toArray(String[]::new)).get())) {
            for (List<Object> row : sheet.rows()) {
                nl.publieksacademie.platform.CsvCells.print(csv,
                        row.stream().map(v -> v instanceof Number ? v : text(v)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A workbook with a worksheet per table: a bold, frozen heading row, numbers as numbers. */
    public static byte[] xlsx(ReportTable report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(report.title());
            CellStyle heading = workbook.createCellStyle();
            org.apache.poi.ss.usermodel.Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            for (ReportTable.Sheet table : report.sheets()) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
                int[] widths = new int[table.labels().size()];
                Row top = sheet.createRow(0);
                for (int c = 0; c < table.labels().size(); c++) {
                    Cell cell = top.createCell(c);
                    cell.setCellValue(table.labels().get(c));
                    cell.setCellStyle(heading);
                    widths[c] = table.labels().get(c).length();
                }
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        Cell cell = row.createCell(c);
                        if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else if (value != null) {
                            cell.setCellValue(text(value));
                        }
                        widths[c] = Math.max(widths[c], text(value).length());
                    }
                }
                sheet.createFreezePane(0, 1);
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, 256 * (Math.min(widths[c], MAX_COLUMN_CHARS) + 2));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An A4 landscape document: the title, then each table under its name, the heading row repeated per page. */
    public static byte[] pdf(ReportTable report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        PdfWriter.getInstance(document, out);
        document.addTitle(report.title());
        document.open();
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 7);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
        document.add(new Paragraph(report.title(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12)));
        for (ReportTable.Sheet sheet : report.sheets()) {
            if (report.sheets().size() > 1) {
                Paragraph name = new Paragraph(sheet.name(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10));
                name.setSpacingBefore(8);
                name.setSpacingAfter(4);
                document.add(name);
            }
            PdfPTable table = new PdfPTable(sheet.labels().size());
            table.setWidthPercentage(100);
            // the first column names the row (a team, a person, a competency): it gets three shares of the width
            float[] widths = new float[sheet.labels().size()];
            java.util.Arrays.fill(widths, 1f);
            widths[0] = 3f;
            table.setWidths(widths);
            table.setHeaderRows(1);
            sheet.labels().forEach(label -> table.addCell(new Phrase(label, bold)));
            for (List<Object> row : sheet.rows()) {
                row.forEach(value -> table.addCell(new Phrase(text(value), small)));
            }
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }

    /** A value as the page shows it. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return String.valueOf(value);
    }
}
