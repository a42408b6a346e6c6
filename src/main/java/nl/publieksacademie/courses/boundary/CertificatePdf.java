package nl.publieksacademie.courses.boundary;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;
import nl.publieksacademie.platform.PdfFonts;

/**
 * Lays out a certificate as a one-page A4 landscape PDF in an embedded Unicode font: who, which course, when, and how
 * to verify it (the code and the public address to check it at, which must fit on the same page: a long name or
 * course title makes the type smaller, never a second page).
 */
final class CertificatePdf {

    /** Smaller and smaller, until a long name and course title leave room for the code on the one page. */
    private static final float[] SCALES = {1f, 0.85f, 0.72f, 0.6f, 0.5f, 0.4f};

    private CertificatePdf() {}

    /**
     * @param text       UI text by bundle key, in the reader's language
     * @param verifyUrl  the public address where the code can be checked
     */
    static byte[] render(Enrolments.Certificate certificate, Locale locale, Function<String, String> text,
            String verifyUrl) {
        byte[] pdf = null;
        for (float scale : SCALES) {
            pdf = render(certificate, locale, text, verifyUrl, scale);
            if (pages(pdf) == 1) {
                break;
            }
        }
        return pdf;
    }

    /** The certificate with every font size and space times {@code scale}. */
    private static byte[] render(Enrolments.Certificate certificate, Locale locale, Function<String, String> text,
            String verifyUrl, float scale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
        document.addTitle(text.apply("certificate.title") + " " + certificate.course());
        document.addAuthor(text.apply("app.name"));
        document.open();
        Font brand = PdfFonts.bold(14 * scale);
        Font title = PdfFonts.bold(34 * scale);
        Font name = PdfFonts.bold(26 * scale);
        Font body = PdfFonts.regular(15 * scale);
        Font small = PdfFonts.regular(11);
        document.add(centered(text.apply("app.name"), brand, 0));
        document.add(centered(text.apply("certificate.title"), title, 24 * scale));
        document.add(centered(text.apply("certificate.awardedTo"), body, 20 * scale));
        document.add(centered(certificate.name(), name, 10 * scale));
        document.add(centered(text.apply("certificate.forCourse"), body, 16 * scale));
        document.add(centered(certificate.course(), name, 10 * scale));
        String date = certificate.completedOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale));
        document.add(centered(text.apply("certificate.completedOn") + " " + date, body, 16 * scale));
        Paragraph code = centered(text.apply("certificate.code") + " ", small, 28 * scale);
        code.add(new Chunk(certificate.code(), PdfFonts.monoBold(12)));
        document.add(code);
        document.add(centered(text.apply("certificate.verifyAt") + " " + verifyUrl, small, 6));
        document.close();
        return out.toByteArray();
    }

    private static int pages(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            int pages = reader.getNumberOfPages();
            reader.close();
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Paragraph centered(String text, Font font, float before) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(before);
        return paragraph;
    }
}
