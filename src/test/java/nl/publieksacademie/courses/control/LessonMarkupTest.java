package nl.publieksacademie.courses.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a trainer writes in a lesson never puts scripts, handlers or javascript: links on a page. */
class LessonMarkupTest {

    static String html(String markdown) {
        return LessonMarkup.html(markdown, name -> "/files/7/" + name);
    }

    @Test
    void keepsStructureAndRewritesImagesToTheCourseFiles() {
        String html = html("# Titel\n\n## Kop\n\n- een\n- **twee**\n\n![Balie](balie.png)\n\n[site](https://example.org)");
        assertTrue(html.contains("<h2>Titel</h2>"), html);
        assertTrue(html.contains("<li><strong>twee</strong></li>"), html);
        assertTrue(html.contains("<img src=\"/files/7/balie.png\" alt=\"Balie\" />"), html);
        assertTrue(html.contains("<a href=\"https://example.org\" rel=\"nofollow\">site</a>"), html);
    }

    @Test
    void dropsRawHtmlScriptsHandlersAndJavascriptLinks() {
        String html = html("<script>alert(1)</script>\n\nTekst <img src=x onerror=alert(2)> en "
                + "[klik](javascript:alert(3)) <a href=\"javascript:alert(4)\">a</a>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.toLowerCase().contains("javascript:"), html);
        assertTrue(html.contains("klik"), html);
    }

    @Test
    void escapedMarkupStaysText() {
        assertEquals("<p>a &lt; b &amp;&amp; c</p>", html("a < b && c").strip());
    }
}
