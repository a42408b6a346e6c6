package nl.publieksacademie.content.control;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Authored text to HTML: {@code **bold**}, {@code *italic*} and line breaks, nothing else. The text is read as
 * Markdown with every block type switched off and raw HTML escaped, then the result passes a sanitizer that keeps
 * only {@code strong}, {@code em} and {@code br}; so no authored text can put markup of its own on a page.
 */
public final class TextMarkup {

    private static final Parser PARSER = Parser.builder().enabledBlockTypes(Set.of()).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).softbreak("<br />").build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder().allowElements("strong", "em", "br").toFactory();
    private static final Pattern PARAGRAPHS = Pattern.compile("</p>\\s*<p>");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*(.+?)\\*\\*|\\*(.+?)\\*");

    private TextMarkup() {}

    /** Safe HTML for use inside an element that holds phrasing content (a paragraph, a blockquote line). */
    public static String html(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(text)).strip();
        html = PARAGRAPHS.matcher(html).replaceAll("<br /><br />");
        return POLICY.sanitize(html).strip();
    }

    /** The text without its emphasis marks, for places that take plain text only (button labels, titles). */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        return EMPHASIS.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
    }
}
