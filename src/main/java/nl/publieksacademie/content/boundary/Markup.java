package nl.publieksacademie.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.publieksacademie.content.control.TextMarkup;

/**
 * Authored text for pages, as {@code #{markup.html(text)}} (with {@code escape="false"}: the result is sanitized)
 * or {@code #{markup.plain(text)}}. Rendered texts are kept, since the same texts are shown over and over.
 */
@Named
@ApplicationScoped
public class Markup {

    private static final int MAX_KEPT = 20_000;

    private final Map<String, String> html = new ConcurrentHashMap<>();

    public String html(String text) {
        if (text == null) {
            return "";
        }
        if (html.size() > MAX_KEPT) {
            html.clear();
        }
        return html.computeIfAbsent(text, TextMarkup::html);
    }

    public String plain(String text) {
        return TextMarkup.plain(text);
    }
}
