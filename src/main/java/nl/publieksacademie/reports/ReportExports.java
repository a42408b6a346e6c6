package nl.publieksacademie.reports;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.publieksacademie.platform.CsvCells;
import nl.publieksacademie.platform.PdfFonts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link ReportTable} as CSV (Commons CSV), XLSX (Apache POI) or PDF (OpenPDF), in the reader's language:
 * a Dutch CSV is what Dutch Excel opens (semicolons, decimal commas), an English one keeps commas and points; both
 * start with a byte order mark so Excel reads UTF-8. Dates as the reader writes them ({@link ReportDates}): in the
 * CSV {@code 30-11-2026} (English {@code 30 Nov 2026}), in the PDF {@code 30 november 2026}, in the workbook real
 * dates with that format; missing values empty.
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
            return name().toLowerCase(Locale.ROOT);
        }

        /** The format for an extension such as {@code xlsx}, or empty. */
        public static Optional<Format> of(String extension) {
            for (Format f : values()) {
                if (f.extension().equals(extension)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    private static final int MAX_COLUMN_CHARS = 60;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** The page's heatmap colours ({@code .pa-gap-0} … {@code .pa-gap-3}), by {@link ReportTable.Gap#band()}. */
    private static final Color[] GAP_COLOURS = {new Color(0xd9efdf), new Color(0xfff4cc), new Color(0xffe0c2),
            new Color(0xf9d0d0)};
    private static final Color HEADING_BACKGROUND = new Color(0xeeeeee);
    private static final float MARGIN = 28;
    private static final float FOOTER = 18;
    private static final float CELL_PADDING = 2.5f;
    private static final float TEXT_SIZE = 8;
    private static final float SMALLEST_TEXT_SIZE = 5;
    /** A column is never wider than this many times its longest word, so a long text wraps rather than hogs. */
    private static final float WIDEST_COLUMN = 260;

    private ReportExports() {}

    public static byte[] write(ReportTable report, Format format) {
        return switch (format) {
            case CSV -> csv(report).getBytes(StandardCharsets.UTF_8);
            case XLSX -> xlsx(report);
            case PDF -> pdf(report);
        };
    }

    /**
     * The first table as CSV with its headings as header, after a byte order mark. Dutch: {@code ;} and decimal
     * commas; English: {@code ,} and points. Cells neutralized against formula injection.
     */
    public static String csv(ReportTable report) {
        ReportTable.Sheet sheet = report.sheets().get(0);
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(dutch(report.locale()) ? ';' : ',').get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            CsvCells.print(csv, sheet.labels());
            for (List<Object> row : sheet.rows()) {
                CsvCells.print(csv, row.stream().map(v -> isDecimal(v) ? decimal(((Number) v).doubleValue(),
                        report.locale()) : v instanceof Number ? v : cellText(v, report.locale())).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A workbook with a worksheet per table: a bold heading row and the first column (the team, the person) frozen,
     * numbers as numbers (decimals shown with one decimal).
     */
    public static byte[] xlsx(ReportTable report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(report.title());
            CellStyle heading = workbook.createCellStyle();
            org.apache.poi.ss.usermodel.Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            CellStyle whole = workbook.createCellStyle();
            whole.setDataFormat(workbook.createDataFormat().getFormat("0"));
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat(ReportDates.excelDate(report.locale())));
            CellStyle moment = workbook.createCellStyle();
            moment.setDataFormat(workbook.createDataFormat().getFormat(ReportDates.excelDateTime(report.locale())));
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
                            cell.setCellStyle(isDecimal(value) ? decimal : whole);
                        } else if (value instanceof LocalDate date) {
                            cell.setCellValue(date);
                            cell.setCellStyle(day);
                        } else if (value instanceof LocalDateTime at) {
                            cell.setCellValue(at);
                            cell.setCellStyle(moment);
                        } else if (value != null) {
                            cell.setCellValue(text(value));
                        }
                        widths[c] = Math.max(widths[c], cellText(value, report.locale()).length());
                    }
                }
                sheet.createFreezePane(1, 1);
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

    /**
     * An A4 landscape document in an embedded Unicode font: the title, then each table under its name, the heading
     * row repeated per page, columns as wide as their longest word at least (the text shrinks until every word fits
     * whole), heatmap cells in the page's gap colours, and on every page a footer with the date, the filters and
     * "page X of Y".
     */
    public static byte[] pdf(ReportTable report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN + FOOTER);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(report.locale().toLanguageTag()));
        document.addTitle(report.title());
        document.open();
        Paragraph title = new Paragraph(report.title(), PdfFonts.bold(13));
        title.setSpacingAfter(10);
        document.add(title);
        float width = document.right() - document.left();
        for (ReportTable.Sheet sheet : report.sheets()) {
            if (report.sheets().size() > 1) {
                Paragraph name = new Paragraph(sheet.name(), PdfFonts.bold(10));
                name.setSpacingBefore(8);
                name.setSpacingAfter(6);
                document.add(name);
            }
            document.add(table(sheet, report.locale(), width));
        }
        document.close();
        return footer(out.toByteArray(), report);
    }

    private static PdfPTable table(ReportTable.Sheet sheet, Locale locale, float width) {
        List<String> headings = sheet.labels();
        List<List<String>> rows = new ArrayList<>();
        sheet.rows().forEach(row -> rows.add(row.stream().map(v -> pdfText(v, locale)).toList()));
        float size = TEXT_SIZE;
        float[] least = least(headings, rows, size);
        for (int tries = 0; tries < 5 && sum(least) > width && size > SMALLEST_TEXT_SIZE; tries++) {
            size = Math.max(SMALLEST_TEXT_SIZE, size * width / sum(least) - 0.1f);
            least = least(headings, rows, size);
        }
        float[] wanted = wanted(headings, rows, size, least);
        float[] widths = new float[least.length];
        if (sum(wanted) <= width) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = wanted[c] * width / sum(wanted);
            }
        } else {
            float spare = Math.max(0, width - sum(least));
            float asked = sum(wanted) - sum(least);
            for (int c = 0; c < widths.length; c++) {
                widths[c] = least[c] + (asked == 0 ? 0 : spare * (wanted[c] - least[c]) / asked);
            }
        }
        PdfPTable table = new PdfPTable(widths.length);
        table.setTotalWidth(widths);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setHeaderRows(1);
        Font bold = PdfFonts.bold(size);
        Font regular = PdfFonts.regular(size);
        for (String heading : headings) {
            PdfPCell cell = cell(heading, bold);
            cell.setBackgroundColor(HEADING_BACKGROUND);
            table.addCell(cell);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < widths.length; c++) {
                Object value = sheet.rows().get(r).get(c);
                PdfPCell cell = cell(rows.get(r).get(c), regular);
                if (value instanceof ReportTable.Gap gap) {
                    cell.setBackgroundColor(GAP_COLOURS[gap.band()]);
                }
                if (value instanceof Number || value instanceof ReportTable.Gap) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(CELL_PADDING);
        cell.setBorderWidth(0.5f);
        cell.setBorderColor(Color.GRAY);
        return cell;
    }

    /** Per column the width of its longest word (headings bold), plus the padding: below that words would break. */
    private static float[] least(List<String> headings, List<List<String>> rows, float size) {
        float[] least = new float[headings.size()];
        for (int c = 0; c < least.length; c++) {
            least[c] = longestWord(headings.get(c), PdfFonts.bold(), size);
            for (List<String> row : rows) {
                least[c] = Math.max(least[c], longestWord(row.get(c), PdfFonts.regular(), size));
            }
            least[c] += 2 * CELL_PADDING + 2;
        }
        return least;
    }

    /** Per column the width of its longest text on one line (up to {@link #WIDEST_COLUMN}), at least {@code least}. */
    private static float[] wanted(List<String> headings, List<List<String>> rows, float size, float[] least) {
        float[] wanted = new float[headings.size()];
        for (int c = 0; c < wanted.length; c++) {
            float longest = PdfFonts.bold().getWidthPoint(headings.get(c), size) / 2;
            for (List<String> row : rows) {
                longest = Math.max(longest, PdfFonts.regular().getWidthPoint(row.get(c), size));
            }
            wanted[c] = Math.max(least[c], Math.min(WIDEST_COLUMN, longest + 2 * CELL_PADDING + 2));
        }
        return wanted;
    }

    private static float longestWord(String text, BaseFont font, float size) {
        float longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, font.getWidthPoint(word, size));
        }
        return longest;
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }

    /** Stamps every page with the date and the filters (left) and "page X of Y" (right). */
    private static byte[] footer(byte[] pdf, ReportTable report) {
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            Font font = PdfFonts.regular(7.5f);
            String left = ReportDates.words(LocalDate.now(), report.locale())
                    + (report.filters().isBlank() ? "" : " · " + report.filters());
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSizeWithRotation(page);
                PdfContentByte over = stamper.getOverContent(page);
                String right = report.pageOf().replace("{0}", String.valueOf(page))
                        .replace("{1}", String.valueOf(pages));
                ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(left, font), MARGIN, MARGIN, 0);
                ColumnText.showTextAligned(over, Element.ALIGN_RIGHT, new Phrase(right, font),
                        size.getWidth() - MARGIN, MARGIN, 0);
            }
            stamper.close();
            reader.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value as the PDF prints it: decimals in the reader's form, dates in words ("30 november 2026"). */
    private static String pdfText(Object value, Locale locale) {
        if (value instanceof LocalDate date) {
            return ReportDates.words(date, locale);
        }
        if (value instanceof LocalDateTime at) {
            return ReportDates.words(at, locale);
        }
        return isDecimal(value) ? decimal(((Number) value).doubleValue(), locale) : text(value);
    }

    /** A value as a table cell shows it in text (CSV): dates as the reader writes them ("30-11-2026"). */
    private static String cellText(Object value, Locale locale) {
        if (value instanceof LocalDate date) {
            return ReportDates.cell(date, locale);
        }
        if (value instanceof LocalDateTime at) {
            return ReportDates.cell(at, locale);
        }
        return text(value);
    }

    private static boolean isDecimal(Object value) {
        return value instanceof Double || value instanceof Float || value instanceof BigDecimal;
    }

    private static boolean dutch(Locale locale) {
        return "nl".equals(locale.getLanguage());
    }

    /** A decimal as the page shows it in {@code locale}: at least one and at most two decimals ("2,75", "3,0"). */
    static String decimal(double value, Locale locale) {
        return new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(locale)).format(value);
    }

    /** A value as text, the same in every language (dates go through {@link ReportDates} before). */
    static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
