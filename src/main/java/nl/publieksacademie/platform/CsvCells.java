package nl.publieksacademie.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one place every CSV export writes its cells through, so that no cell runs as a formula when the file is
 * opened in a spreadsheet (CSV or formula injection, OWASP). A text cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as text and
 * do not evaluate. Numbers stay numbers: a value that is a {@link Number}, or a text that is nothing but a plain
 * decimal number (such as {@code -1.5} or {@code +3}), cannot hold a formula and is written as it is, so numeric
 * columns keep summing in the spreadsheet.
 */
public final class CsvCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private CsvCells() {}

    /** The value as it may go into a CSV cell. */
    public static Object neutralize(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        String text = value.toString();
        if (text.isEmpty() || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** Prints one record with every cell neutralized. */
    public static void print(CSVPrinter csv, Object... cells) throws IOException {
        print(csv, Arrays.asList(cells));
    }

    /** Prints one record with every cell neutralized. */
    public static void print(CSVPrinter csv, Iterable<?> cells) throws IOException {
        List<Object> safe = new ArrayList<>();
        cells.forEach(cell -> safe.add(neutralize(cell)));
        csv.printRecord(safe);
    }
}
