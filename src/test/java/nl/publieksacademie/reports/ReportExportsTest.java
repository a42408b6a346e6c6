package nl.publieksacademie.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfLiteral;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The HR exports as a Dutch (or English) reader opens them: in Excel, as CSV, and as a printed PDF. */
class ReportExportsTest {

    static final Locale NL = Locale.forLanguageTag("nl");

    /** The framework's twelve competencies, with their real (long) names. */
    static final List<Reports.Column> COMPETENCIES = List.of(new Reports.Column("dienen", "Dienen"),
            new Reports.Column("het-geheel-zien", "Het geheel zien"),
            new Reports.Column("verantwoordelijkheid-nemen", "Verantwoordelijkheid nemen"),
            new Reports.Column("zorg", "Zorg"), new Reports.Column("kennis", "Kennis"),
            new Reports.Column("dialoog", "Dialoog"), new Reports.Column("vakdeskundigheid", "Vakdeskundigheid"),
            new Reports.Column("identiteitsvaststelling", "Identiteitsvaststelling"),
            new Reports.Column("zorgvuldige-procedure", "Zorgvuldige procedure"),
            new Reports.Column("vraag-achter-de-vraag", "Vraag achter de vraag"),
            new Reports.Column("de-escalatie", "De-escalatie"),
            new Reports.Column("kanaalsturing", "Kanaalsturing en omnichannel"));

    static Function<String, String> text(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.publieksacademie.platform.messages", locale);
        return bundle::getString;
    }

    /** {@code teams} teams; the first is "Team Łukasz Dąbrowski" with level 2.75 against 3.0 on every competency. */
    static Reports.Heatmap heatmap(int teams) {
        List<Reports.Row> rows = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            double level = t == 0 ? 2.75 : 1 + (t % 7) * 0.5;
            List<Reports.Cell> cells = COMPETENCIES.stream()
                    .map(c -> new Reports.Cell(c.id(), level, 3.0, 3.0 - level, 3)).toList();
            rows.add(new Reports.Row(t + 1, t == 0 ? "Team Łukasz Dąbrowski" : "Publiekszaken Noord " + t,
                    t == 1 ? "=HYPERLINK(\"http://x\")" : "Burgerzaken", 4, cells));
        }
        return new Reports.Heatmap(COMPETENCIES, rows, new Reports.Filter("Burgerzaken", "baliemedewerker",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
    }

    static List<CSVRecord> csv(byte[] bytes, char separator) throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertArrayEquals(bom, Arrays.copyOf(bytes, 3), "UTF-8 with a byte order mark, so Excel reads it as UTF-8");
        String body = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setDelimiter(separator).get().parse(new StringReader(body)).getRecords();
    }

    @Test
    void aDutchCsvHasSemicolonsDecimalCommasDutchHeadingsAndCompetencyNames() throws IOException {
        ReportTable table = ReportTables.heatmap(heatmap(2), NL, text(NL));

        List<CSVRecord> records = csv(ReportExports.write(table, ReportExports.Format.CSV), ';');

        assertEquals(List.of("Afdeling", "Team", "Actieve medewerkers", "Competentie", "Niveau", "Doel",
                "Achterstand", "Medewerkers met bewijs"), records.get(0).toList());
        CSVRecord identity = records.stream().filter(r -> r.get(1).equals("Team Łukasz Dąbrowski")
                && r.get(3).equals("Identiteitsvaststelling")).findFirst().orElseThrow(
                () -> new AssertionError("the competency by its name: " + records));
        assertEquals(List.of("Burgerzaken", "Team Łukasz Dąbrowski", "4", "Identiteitsvaststelling", "2,75", "3,0",
                "0,25", "3"), identity.toList());
        assertEquals(1 + 2 * 12, records.size());
        assertTrue(records.stream().anyMatch(r -> r.get(0).equals("'=HYPERLINK(\"http://x\")")),
                "cells stay neutralized against formulas");
    }

    @Test
    void anEnglishCsvKeepsCommasPointsAndEnglishHeadings() throws IOException {
        ReportTable table = ReportTables.heatmap(heatmap(1), Locale.ENGLISH, text(Locale.ENGLISH));

        List<CSVRecord> records = csv(ReportExports.write(table, ReportExports.Format.CSV), ',');

        assertEquals(List.of("Department", "Team", "Active staff", "Competency", "Level", "Target", "Gap",
                "Staff with evidence"), records.get(0).toList());
        assertEquals(List.of("Burgerzaken", "Team Łukasz Dąbrowski", "4", "Dienen", "2.75", "3.0", "0.25", "3"),
                records.get(1).toList());
    }

    @Test
    void theWorkbookHoldsNumbersWithAFormatAndFreezesTheHeadingRowAndTheFirstColumn() throws IOException {
        ReportTable table = ReportTables.trends(new Reports.Trends(COMPETENCIES, "dienen", null,
                List.of("2026-05", "2026-06"), List.of(new Reports.TrendRow(1, "Team Noord", "Burgerzaken", 4,
                        List.of(1.0, 2.75)))), NL, text(NL));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                ReportExports.write(table, ReportExports.Format.XLSX)))) {
            Sheet sheet = book.getSheetAt(0);
            Cell level = sheet.getRow(1).getCell(4);
            assertEquals(CellType.NUMERIC, level.getCellType());
            assertEquals(2.75, level.getNumericCellValue(), 1e-9);
            assertEquals("0.0", level.getCellStyle().getDataFormatString(), "one decimal");
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(2).getCellType(), "members: a number");
            assertTrue(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane != null && pane.isFreezePane(), "a frozen pane");
            assertEquals(1, pane.getHorizontalSplitTopRow(), "the heading row stays in place");
            assertEquals(1, pane.getVerticalSplitLeftColumn(), "the team column stays in place");
        }
    }

    static List<String> pages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            pages.add(extractor.getTextFromPage(page));
        }
        return pages;
    }

    static Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(text.split("\\s+")));
    }

    @Test
    void theHeatmapPdfKeepsWordsWholeNamesOutsideLatin1AndCarriesAFooterOnEveryPage() throws IOException {
        byte[] pdf = ReportExports.write(ReportTables.heatmapGrid(heatmap(60), NL, text(NL)),
                ReportExports.Format.PDF);

        List<String> pages = pages(pdf);
        assertTrue(pages.size() > 1, "sixty teams fill more than one page");
        String all = String.join("\n", pages);
        String flowing = all.replaceAll("\\s+", " ");
        assertTrue(flowing.contains("Team Łukasz Dąbrowski"), "the name keeps its letters: " + all);
        Set<String> words = words(all);
        for (Reports.Column c : COMPETENCIES) {
            for (String word : c.name().split(" ")) {
                assertTrue(words.contains(word), "'" + word + "' whole, not broken over two lines: " + all);
            }
        }
        assertTrue(flowing.contains("2,75 / 3,0 (3)"), "numbers with a decimal comma: " + all);
        String today = LocalDate.now().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(NL));
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            assertTrue(page.contains("pagina " + (p + 1) + " van " + pages.size()), page);
            assertTrue(page.contains(today), "the date: " + page);
            assertTrue(page.contains("Afdeling: Burgerzaken"), "the filters: " + page);
            assertTrue(page.contains("Periode: 1 januari 2026 t/m 30 juni 2026"), "the period: " + page);
        }
    }

    /** The fill colours (r, g, b in 0..255) the page paints with. */
    static Set<List<Integer>> fills(byte[] pdf, int page) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfContentParser parser = new PdfContentParser(new PRTokeniser(reader.getPageContent(page)));
        Set<List<Integer>> fills = new HashSet<>();
        List<PdfObject> operands;
        while (!(operands = parser.parse(new ArrayList<>())).isEmpty()) {
            PdfObject operator = operands.get(operands.size() - 1);
            if (operator instanceof PdfLiteral && operator.toString().equals("rg") && operands.size() == 4) {
                List<PdfObject> rgb = operands;
                fills.add(IntStream.range(0, 3).mapToObj(i ->
                        (int) Math.round(((PdfNumber) rgb.get(i)).floatValue() * 255)).toList());
            }
        }
        return fills;
    }

    @Test
    void theHeatmapPdfColoursItsCellsByGapAsThePageDoes() throws IOException {
        byte[] pdf = ReportExports.write(ReportTables.heatmapGrid(heatmap(8), NL, text(NL)),
                ReportExports.Format.PDF);

        Set<List<Integer>> fills = fills(pdf, 1);
        // the page's .pa-gap-0 … .pa-gap-3: at or above target, a little, more, far below
        assertTrue(fills.contains(List.of(0xd9, 0xef, 0xdf)), "green at target: " + fills);
        assertTrue(fills.contains(List.of(0xff, 0xf4, 0xcc)), "yellow up to half a level: " + fills);
        assertTrue(fills.contains(List.of(0xff, 0xe0, 0xc2)), "orange up to 1.25: " + fills);
        assertTrue(fills.contains(List.of(0xf9, 0xd0, 0xd0)), "red further below: " + fills);
    }

    @Test
    void thePersonPdfKeepsANameWithLettersOutsideLatin1AndACombiningAccent() throws IOException {
        String name = "Zoe\u0308 Łukasz Dąbrowski-Ørsted";
        People.PersonView person = new People.PersonView(7, name, "Team Noord", "Burgerzaken", "baliemedewerker",
                List.of("2026-06"), List.of(new People.Line("identiteitsvaststelling", "Identiteitsvaststelling", 2,
                        "In ontwikkeling", 3, 1, 4, List.of(2))),
                List.of(new People.EvidenceLine(LocalDate.of(2026, 6, 2), "identiteitsvaststelling", 2, "scenario",
                        "Vroeg naar het paspoort", "Paspoort verlopen")),
                List.of(new People.CourseLine("Identiteit vaststellen", true, LocalDate.of(2026, 6, 1), null, false,
                        100)));

        String all = String.join("\n", pages(ReportExports.write(ReportTables.person(person, NL, text(NL)),
                ReportExports.Format.PDF))).replaceAll("\\s+", " ");

        assertTrue(all.contains(name), "the name as written: " + all);
        assertFalse(all.contains("identiteitsvaststelling"), "the competency by name, not its slug: " + all);
    }

    /** A person with evidence of 30 November 2026, a course done on 1 June and months as the API gives them. */
    static People.PersonView datedPerson() {
        return new People.PersonView(7, "Anna de Vries", "Team Noord", "Burgerzaken", "baliemedewerker",
                List.of("2026-10", "2026-11"), List.of(new People.Line("dienen", "Dienen", 2, "In ontwikkeling", 3, 1,
                        4, List.of(1, 2))),
                List.of(new People.EvidenceLine(LocalDate.of(2026, 11, 30), "dienen", 2, "scenario",
                        "Vroeg door", "Paspoort verlopen")),
                List.of(new People.CourseLine("Hostmanship", true, LocalDate.of(2026, 6, 1), null, false, 100)));
    }

    /** Before: every export wrote ISO dates (2026-11-30) as text and months as 2026-11, in either language. */
    @Test
    void dutchExportsWriteDutchDatesEnglishOnesEnglishDatesAndExcelRealDates() throws IOException {
        for (Locale locale : List.of(NL, Locale.ENGLISH)) {
            ReportTable table = ReportTables.person(datedPerson(), locale, text(locale));
            boolean dutch = locale == NL;

            List<CSVRecord> csv = csv(ReportExports.write(table, ReportExports.Format.CSV), dutch ? ';' : ',');
            assertEquals(dutch ? "oktober 2026" : "October 2026", csv.get(0).get(6), "months in words");

            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                    ReportExports.write(table, ReportExports.Format.XLSX)))) {
                assertEquals(dutch ? "november 2026" : "November 2026",
                        book.getSheetAt(0).getRow(0).getCell(7).getStringCellValue());
                Cell earned = book.getSheetAt(1).getRow(1).getCell(0);
                assertEquals(CellType.NUMERIC, earned.getCellType(), "a real date, not text");
                assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(earned));
                assertEquals(dutch ? "dd-mm-yyyy" : "d mmm yyyy", earned.getCellStyle().getDataFormatString());
                assertEquals(LocalDate.of(2026, 11, 30), earned.getLocalDateTimeCellValue().toLocalDate());
                Cell done = book.getSheetAt(2).getRow(1).getCell(2);
                assertEquals(LocalDate.of(2026, 6, 1), done.getLocalDateTimeCellValue().toLocalDate());
            }

            String pdf = String.join("\n", pages(ReportExports.write(table, ReportExports.Format.PDF)))
                    .replaceAll("\\s+", " ");
            assertFalse(pdf.contains("2026-11-30") || pdf.contains("2026-06-01") || pdf.contains("2026-11 "),
                    "no ISO dates: " + pdf);
            assertTrue(pdf.contains(dutch ? "30 november 2026" : "30 November 2026"), pdf);
            assertTrue(pdf.contains(dutch ? "1 juni 2026" : "1 June 2026"), pdf);
        }
    }

    /** The first text drawn (the title) ends above the highest line or box of the table. */
    @Test
    void theTitleStandsClearAboveTheTable() throws IOException {
        byte[] pdf = ReportExports.write(ReportTables.heatmapGrid(heatmap(3), NL, text(NL)),
                ReportExports.Format.PDF);

        PdfReader reader = new PdfReader(pdf);
        PdfContentParser parser = new PdfContentParser(new PRTokeniser(reader.getPageContent(1)));
        float titleBaseline = Float.NaN;
        float titleSize = 0;
        float fontSize = 0;
        float tableTop = Float.NEGATIVE_INFINITY;
        float lineX = 0;
        float lineY = 0;
        List<PdfObject> operands;
        while (!(operands = parser.parse(new ArrayList<>())).isEmpty()) {
            String operator = operands.get(operands.size() - 1).toString();
            switch (operator) {
                case "Tf" -> fontSize = ((PdfNumber) operands.get(1)).floatValue();
                case "BT" -> {
                    lineX = 0;
                    lineY = 0;
                }
                case "Tm" -> lineY = ((PdfNumber) operands.get(5)).floatValue();
                case "Td" -> lineY += ((PdfNumber) operands.get(1)).floatValue();
                case "Tj", "TJ" -> {
                    if (Float.isNaN(titleBaseline)) {
                        titleBaseline = lineY;
                        titleSize = fontSize;
                    }
                }
                case "re" -> tableTop = Math.max(tableTop, ((PdfNumber) operands.get(1)).floatValue()
                        + Math.max(0, ((PdfNumber) operands.get(3)).floatValue()));
                case "m", "l" -> tableTop = Math.max(tableTop, ((PdfNumber) operands.get(1)).floatValue());
                default -> { }
            }
        }
        float titleBottom = titleBaseline - 0.25f * titleSize;
        assertTrue(titleBottom > tableTop + 2, "the title's descenders (" + titleBottom + ") clear of the table's top ("
                + tableTop + ")");
    }
}
