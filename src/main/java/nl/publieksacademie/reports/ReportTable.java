package nl.publieksacademie.reports;

import java.util.List;
import java.util.Locale;

/**
 * A report as named tables of plain values (text, whole numbers, decimals, dates, gaps): the one shape every export
 * is written from, so CSV, XLSX and PDF carry the same numbers as the page.
 *
 * @param title the report's title (first line of the PDF, the workbook's title)
 * @param locale the reader's language: the CSV's separator and decimal mark, the PDF's numbers and dates
 * @param filters what the report was narrowed to, in words (the PDF's footer)
 * @param pageOf "page {0} of {1}" in the reader's language (the PDF's footer)
 * @param sheets one or more tables; CSV holds the first, XLSX one worksheet each, PDF one after the other
 */
public record ReportTable(String title, Locale locale, String filters, String pageOf, List<Sheet> sheets) {

    /**
     * One table; its first column names the row (a team, a person, a competency).
     *
     * @param name its name (worksheet name, PDF heading)
     * @param labels column headings in the reader's language (the CSV's header too)
     * @param rows the values, one list per row, as many as there are columns
     */
    public record Sheet(String name, List<String> labels, List<List<Object>> rows) {

        public Sheet {
            for (List<Object> row : rows) {
                if (row.size() != labels.size()) {
                    throw new IllegalArgumentException("a row of " + row.size() + " values for " + labels.size()
                            + " columns in " + name);
                }
            }
        }
    }

    /**
     * A heatmap cell: the text shown and the gap to the target, which colours it as the page does.
     *
     * @param text what the cell says
     * @param gap target minus level; 0 or less is at or above target
     */
    public record Gap(String text, double gap) {

        /** 0 (at or above target) to 3 (far below): the page's {@code pa-gap-0} to {@code pa-gap-3}. */
        public int band() {
            return gap <= 0 ? 0 : gap <= 0.5 ? 1 : gap <= 1.25 ? 2 : 3;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
