package nl.publieksacademie.courses.boundary;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;

/**
 * Lays out a certificate as a one-page A4 landscape PDF: who, which course, when, and how to verify it (the code and
 * the public address to check it at, which must fit on the same page).
 */
final class CertificatePdf {

    private CertificatePdf() {}

    /**
     * @param text       UI text by bundle key, in the reader's language
     * @param verifyUrl  the public address where the code can be checked
     */
    static byte[] render(Enrolments.Certificate certificate, Locale locale, Function<String, String> text,
            String verifyUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(locale.toLanguageTag()));
        document.addTitle(text.apply("certificate.title") + " " + certificate.course());
        document.addAuthor(text.apply("app.name"));
        document.open();
        Font brand = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 34);
        Font name = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 26);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 15);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 11);
        document.add(centered(text.apply("app.name"), brand, 0));
        document.add(centered(text.apply("certificate.title"), title, 24));
        document.add(centered(text.apply("certificate.awardedTo"), body, 20));
        document.add(centered(certificate.name(), name, 10));
        document.add(centered(text.apply("certificate.forCourse"), body, 16));
        document.add(centered(certificate.course(), name, 10));
        String date = certificate.completedOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale));
        document.add(centered(text.apply("certificate.completedOn") + " " + date, body, 16));
        Paragraph code = centered(text.apply("certificate.code") + " ", small, 28);
        code.add(new Chunk(certificate.code(), FontFactory.getFont(FontFactory.COURIER_BOLD, 12)));
        document.add(code);
        document.add(centered(text.apply("certificate.verifyAt") + " " + verifyUrl, small, 6));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph centered(String text, Font font, float before) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(before);
        return paragraph;
    }
}
