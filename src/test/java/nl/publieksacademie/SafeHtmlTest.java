package nl.publieksacademie;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fuzz tests' check of sanitizer output finds what could run script, however it is spelled. */
class SafeHtmlTest {

    static final Set<String> ELEMENTS = Set.of("p", "a", "img", "strong");
    static final Set<String> ATTRIBUTES = Set.of("href", "rel", "src", "alt");

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>a &lt; b &amp;&amp; c</p>",
        "<a href=\"https://example.org\" rel=\"nofollow\">x</a>",
        "<a href=\"mailto:a&#64;b.nl\">m</a>",
        "<img src=\"/files/7/balie.png\" alt=\"javascript: is text here\" />",
        "<a href=\"https://x/?q=&amp;#106;avascript:\">once decoded, no script</a>",
        "javascript:alert(1) as text is harmless",
        "{<!-- -->{ no template }<!-- -->}",
        ""})
    void safeOutputPasses(String html) {
        assertNull(SafeHtml.problem(html, ELEMENTS, ATTRIBUTES));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT src=\"https://x\"></SCRIPT>",
        "<p onclick=\"alert(1)\">x</p>",
        "<img src=\"x\" ONERROR=\"alert(1)\" />",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"&#x6A;&#X61;vascript&colon;alert(1)\">x</a>",
        "<a href=\"java&#9;script:alert(1)\">x</a>",
        "<a href=\" \u0001javascript:alert(1)\">x</a>",
        "<a href=\"data:text/html,x\">x</a>",
        "<iframe src=\"https://x\"></iframe>",
        "<p style=\"x\">y</p>",
        "<img src=x onerror=alert(1)>",
        "a <!-- comment --> b",
        "text < b"})
    void scriptsHandlersAndForeignMarkupAreFound(String html) {
        assertNotNull(SafeHtml.problem(html, ELEMENTS, ATTRIBUTES), html);
    }
}
