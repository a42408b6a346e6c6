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
}
