package nl.publieksacademie.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Dates as the reader of a report writes them: Dutch {@code 30-11-2026} in tables and {@code 30 november 2026} in
 * running text (a PDF), English {@code 30 Nov 2026} and {@code 30 November 2026}; times as {@code 14:05}; months as
 * {@code november 2026}. Excel gets real dates with the matching number format. Machine-readable answers (the JSON
 * API) keep ISO dates; this is only for documents people read.
 */
public final class ReportDates {

    private ReportDates() {}

    /** A date in a table cell (page, CSV): {@code 30-11-2026} in Dutch, {@code 30 Nov 2026} in English. */
    public static String cell(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern(dutch(locale) ? "dd-MM-yyyy" : "d MMM yyyy", locale));
    }

    /** A moment in a table cell: the date as {@link #cell(LocalDate, Locale)} and the time as {@code 14:05}. */
    public static String cell(LocalDateTime at, Locale locale) {
        return cell(at.toLocalDate(), locale) + " " + at.format(DateTimeFormatter.ofPattern("HH:mm", locale));
    }

    /** A date in words, for a printed document: {@code 30 november 2026}, {@code 30 November 2026}. */
    public static String words(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    /** A moment in words: {@code 30 november 2026 14:05}. */
    public static String words(LocalDateTime at, Locale locale) {
        return words(at.toLocalDate(), locale) + " " + at.format(DateTimeFormatter.ofPattern("HH:mm", locale));
    }

    /** A month given as {@code yyyy-MM} (the API's form) in words: {@code november 2026}; other text unchanged. */
    public static String month(String isoMonth, Locale locale) {
        try {
            return YearMonth.parse(isoMonth).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
        } catch (DateTimeParseException e) {
            return isoMonth;
        }
    }

    /** Excel's number format for a date cell in the reader's language. */
    public static String excelDate(Locale locale) {
        return dutch(locale) ? "dd-mm-yyyy" : "d mmm yyyy";
    }

    /** Excel's number format for a date-and-time cell in the reader's language. */
    public static String excelDateTime(Locale locale) {
        return excelDate(locale) + " hh:mm";
    }

    private static boolean dutch(Locale locale) {
        return "nl".equals(locale.getLanguage());
    }
}
