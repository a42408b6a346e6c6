package nl.publieksacademie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates in HR's documents as a Dutch or an English reader writes them. */
class ReportDatesTest {

    static final Locale NL = Locale.forLanguageTag("nl");
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    static final LocalDateTime MOMENT = LocalDateTime.of(2026, 3, 4, 14, 5, 37);

    @Test
    void aDutchTableWritesDayMonthYearWithHyphensAndTimesWithoutSeconds() {
        assertEquals("30-11-2026", ReportDates.cell(DAY, NL));
        assertEquals("04-03-2026 14:05", ReportDates.cell(MOMENT, NL));
    }

    @Test
    void anEnglishTableWritesAnUnambiguousDate() {
        assertEquals("30 Nov 2026", ReportDates.cell(DAY, Locale.ENGLISH));
        assertEquals("4 Mar 2026 14:05", ReportDates.cell(MOMENT, Locale.ENGLISH));
    }

    @Test
    void aPrintedDocumentWritesTheMonthInWords() {
        assertEquals("30 november 2026", ReportDates.words(DAY, NL));
        assertEquals("30 November 2026", ReportDates.words(DAY, Locale.ENGLISH));
        assertEquals("4 maart 2026 14:05", ReportDates.words(MOMENT, NL));
    }

    @Test
    void monthsOfTheApiBecomeWordsAndOtherTextStays() {
        assertEquals("november 2026", ReportDates.month("2026-11", NL));
        assertEquals("November 2026", ReportDates.month("2026-11", Locale.ENGLISH));
        assertEquals("Team", ReportDates.month("Team", NL));
    }

    @Test
    void excelFormatsMatchTheReadersLanguage() {
        assertEquals("dd-mm-yyyy", ReportDates.excelDate(NL));
        assertEquals("d mmm yyyy hh:mm", ReportDates.excelDateTime(Locale.ENGLISH));
    }
}
