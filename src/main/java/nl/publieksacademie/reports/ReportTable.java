package nl.publieksacademie.reports;

import java.util.List;

/**
 * A report as named tables of plain values (text, whole numbers, decimals, dates, yes/no): the one shape every
 * export is written from, so CSV, XLSX and PDF carry the same numbers as the page.
 *
 * @param title the report's title (first line of the PDF, the workbook's title)
 * @param sheets one or more tables; CSV holds the first, XLSX one worksheet each, PDF one after the other
 */
public record ReportTable(String title, List<Sheet> sheets) {

    /**
     * One table.
     *
     * @param name its name (worksheet name, PDF heading)
     * @param keys column names for machines: the CSV header, the same in every language
     * @param labels column headings for people: XLSX and PDF
     * @param rows the values, one list per row, as many as there are columns
     */
    public record Sheet(String name, List<String> keys, List<String> labels, List<List<Object>> rows) {

        public Sheet {
            if (keys.size() != labels.size()) {
                throw new IllegalArgumentException("keys and labels differ in number");
            }
            for (List<Object> row : rows) {
                if (row.size() != keys.size()) {
                    throw new IllegalArgumentException("a row of " + row.size() + " values for " + keys.size()
                            + " columns in " + name);
                }
            }
        }
    }
}
