package nl.publieksacademie.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextMarkupTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Gewoon een zin.                                 | Gewoon een zin.
        Dat is **echt** *heel* vervelend.               | Dat is <strong>echt</strong> <em>heel</em> vervelend.
        <script>alert(1)</script> en <b>vet</b>         | &lt;script&gt;alert(1)&lt;/script&gt; en &lt;b&gt;vet&lt;/b&gt;
        [klik](javascript:alert(1)) ![x](http://a/b.png) | klik
        "# Geen kop"                                   | # Geen kop
        "- geen lijst"                                 | - geen lijst
        """)
    void onlyBoldItalicAndBreaksBecomeMarkupAndEverythingElseStaysText(String text, String html) {
        assertEquals(html, TextMarkup.html(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Regel een\\nregel twee          | Regel een<br />regel twee
        Alinea een\\n\\nalinea twee     | Alinea een<br /><br />alinea twee
        """)
    void lineBreaksAreKept(String text, String html) {
        assertEquals(html, TextMarkup.html(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Dat is **echt** *heel* vervelend. | Dat is echt heel vervelend.
        Kost 5 * 3 euro                   | Kost 5 * 3 euro
        **$1** terug                      | $1 terug
        """)
    void plainTextDropsTheMarks(String text, String plain) {
        assertEquals(plain, TextMarkup.plain(text));
    }
}
