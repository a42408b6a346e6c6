package nl.publieksacademie.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The trainer's path analytics as a CSV that Dutch Excel opens as it should. */
class AnalyticsCsvTest {

    static final PathAnalytics.Report REPORT = new PathAnalytics.Report("paspoort", 2, "start", null, null, null, 40,
            12, false, 5,
            List.of(new PathAnalytics.NodeStats("start", false, 40L, false, List.of(
                    new PathAnalytics.ChoiceCount("vraag", "=Vraag naar het paspoort", "check", 30L, 75, false),
                    new PathAnalytics.ChoiceCount("geef", "Geef het zo mee", "eind", null, null, true)))),
            List.of(new PathAnalytics.EndingCount("eind", "good", "Goed afgehandeld", 30L, false)),
            List.of(),
            List.of(new PathAnalytics.CompetencyAverage("identiteitsvaststelling", 1.75, false),
                    new PathAnalytics.CompetencyAverage("het-geheel-zien", null, true)),
            List.of());

    static final Map<String, String> NAMES = Map.of("identiteitsvaststelling", "Identiteitsvaststelling",
            "het-geheel-zien", "Het geheel zien");

    static List<CSVRecord> parse(String csv, char separator) throws IOException {
        assertEquals('\uFEFF', csv.charAt(0), "a byte order mark, so Excel reads UTF-8");
        return CSVFormat.DEFAULT.builder().setDelimiter(separator).get().parse(new StringReader(csv.substring(1)))
                .getRecords();
    }

    static String write(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.publieksacademie.platform.messages", locale);
        return AnalyticsCsv.write(REPORT, locale, bundle::getString, NAMES);
    }

    @Test
    void inDutchWithSemicolonsDecimalCommasDutchWordsAndCompetencyNames() throws IOException {
        List<CSVRecord> records = parse(write(Locale.forLanguageTag("nl")), ';');

        assertEquals(List.of("Onderdeel", "Knoop", "Wat", "Tekst", "Aantal", "Percentage"), records.get(0).toList());
        assertTrue(records.stream().anyMatch(r -> r.toList().equals(List.of("bewijs per poging", "",
                "Identiteitsvaststelling", "", "1,75", ""))), records.toString());
        assertTrue(records.stream().anyMatch(r -> r.get(2).equals("Het geheel zien")
                && r.get(4).equals("< 5 medewerkers")), records.toString());
        assertTrue(records.stream().anyMatch(r -> r.get(3).equals("'=Vraag naar het paspoort")),
                "cells stay neutralized: " + records);
    }

    @Test
    void inEnglishWithCommasAndPoints() throws IOException {
        List<CSVRecord> records = parse(write(Locale.ENGLISH), ',');

        assertEquals(List.of("Section", "Node", "Item", "Text", "Count", "Percent"), records.get(0).toList());
        assertTrue(records.stream().anyMatch(r -> r.toList().equals(List.of("evidence per attempt", "",
                "Identiteitsvaststelling", "", "1.75", ""))), records.toString());
    }
}
