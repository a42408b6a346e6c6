package nl.publieksacademie.platform;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every PDF is written in: Liberation Sans and Mono (from {@code openpdf-fonts-extra}), embedded as
 * Unicode (Identity-H) subsets, so that names outside Latin-1 ("Łukasz Dąbrowski", "Ørsted", a combining accent)
 * keep their letters. The standard PDF fonts (Helvetica) only know Latin-1 and drop the rest.
 */
public final class PdfFonts {

    private static final BaseFont REGULAR = load("LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = load("LiberationSans-Bold.ttf");
    private static final BaseFont MONO_BOLD = load("LiberationMono-Bold.ttf");

    private PdfFonts() {}

    public static BaseFont regular() {
        return REGULAR;
    }

    public static BaseFont bold() {
        return BOLD;
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    public static Font monoBold(float size) {
        return new Font(MONO_BOLD, size);
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font /liberation/" + file + " is not on the class path");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
