package nl.publieksacademie.content.control;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.publieksacademie.SafeHtml;
import org.junit.jupiter.api.Timeout;

/**
 * Whatever an author writes in a scenario's or quiz's text, the HTML made of it holds only {@code strong},
 * {@code em} and {@code br}: no script, handler or link. Saved inputs under {@code TextMarkupFuzzTestInputs/}
 * replay in every build; {@code mvn -Pfuzz} fuzzes.
 */
class TextMarkupFuzzTest {

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void textHtmlHoldsOnlyEmphasisAndBreaks(byte[] input) {
        if (input.length > 16 * 1024) {
            return;
        }
        String text = new String(input, StandardCharsets.UTF_8);
        String html = TextMarkup.html(text);
        assertNull(SafeHtml.problem(html, Set.of("strong", "em", "br"), Set.of()), () -> text + "\n=>\n" + html);
        assertNotNull(TextMarkup.plain(text));
    }
}
