package nl.publieksacademie.courses.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    @Test
    void everythingFitsOnOnePageIncludingTheCodeAndWhereToCheckIt() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.publieksacademie.platform.messages", Locale.forLanguageTag("nl"));
        var certificate = new Enrolments.Certificate("Anna Maria van den Berg-Oosterhuis",
                "Identiteitsvaststelling aan de balie en de telefoon voor de hele afdeling Burgerzaken", LocalDate.of(2026, 11, 29), "ABCD-EFGH-JKLM");

        byte[] pdf = CertificatePdf.render(certificate, Locale.forLanguageTag("nl"), bundle::getString,
                "https://academie.gemeente.nl/verify/ABCD-EFGH-JKLM");

        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages(), "a certificate is one page");
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("Anna Maria van den Berg-Oosterhuis"), text);
        assertTrue(text.contains("Burgerzaken"), text);
        assertTrue(text.contains("29 november 2026"), text);
        assertTrue(text.contains("ABCD-EFGH-JKLM"), text);
        assertTrue(text.contains("https://academie.gemeente.nl/verify/ABCD-EFGH-JKLM"), text);
    }

    @Test
    void aLongTitleAndALongNameOutsideLatin1StillFitOnePageWithTheirLetters() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.publieksacademie.platform.messages", Locale.forLanguageTag("nl"));
        String name = "Łukasz Dąbrowski-Ørsted van Zoe\u0308 Wiśniewska-Van den Heuvel-Oosterhuis de Jong";
        String course = "Identiteitsvaststelling, fraudesignalen en zorgvuldige procedures bij de balie, de telefoon, "
                + "de keukentafel en het digitale loket voor alle medewerkers van Publiekszaken en het KCC";
        var certificate = new Enrolments.Certificate(name, course, LocalDate.of(2026, 11, 29), "ABCD-EFGH-JKLM");

        byte[] pdf = CertificatePdf.render(certificate, Locale.forLanguageTag("nl"), bundle::getString,
                "https://academie.gemeente.nl/verify/ABCD-EFGH-JKLM");

        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages(), "a certificate is one page");
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ")
                .replace("- ", "-"); // a line may break after a hyphen
        assertTrue(text.contains(name), text);
        assertTrue(text.contains(course), text);
        assertTrue(text.contains("ABCD-EFGH-JKLM"), text);
        assertTrue(text.contains("https://academie.gemeente.nl/verify/ABCD-EFGH-JKLM"), text);
    }
}
