package nl.publieksacademie.courses.control;

import static org.junit.jupiter.api.Assertions.assertNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.publieksacademie.SafeHtml;
import nl.publieksacademie.content.control.Findings;
import org.junit.jupiter.api.Timeout;

/**
 * Whatever a trainer writes in a lesson, the HTML the learner's browser gets has no script element, no event
 * handler and no {@code javascript:} URL (however encoded), only the elements the lesson policy keeps; checking and
 * listing images never fail. Saved inputs under {@code LessonMarkupFuzzTestInputs/} replay in every build;
 * {@code mvn -Pfuzz} fuzzes.
 */
class LessonMarkupFuzzTest {

    static final Set<String> ELEMENTS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em",
            "blockquote", "code", "pre", "hr", "br", "a", "img");
    static final Set<String> ATTRIBUTES = Set.of("href", "rel", "src", "alt", "start");

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void lessonHtmlNeverRunsScript(byte[] input) {
        if (input.length > LessonMarkup.MAX_SIZE) {
            return;
        }
        String markdown = new String(input, StandardCharsets.UTF_8);
        String html = LessonMarkup.html(markdown, name -> "/files/7/" + name);
        assertNull(SafeHtml.problem(html, ELEMENTS, ATTRIBUTES), () -> markdown + "\n=>\n" + html);
        LessonMarkup.check(markdown, Set.of("balie.png"), new Findings("les.md"));
        LessonMarkup.images(markdown);
    }
}
