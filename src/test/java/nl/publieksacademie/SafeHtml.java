package nl.publieksacademie;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a sanitizer's output strictly and says what in it could run script. The output must consist of text without
 * a raw {@code <}, of tags in the narrow shape the OWASP sanitizer writes ({@code <name attr="value">}) and of the
 * empty comment it puts between braces; anything else counts as unsafe, since a browser might read it as markup.
 * In the tags: only the given elements and attributes, no {@code on*} handler, no script element, and URL attributes
 * whose value, entity-decoded, stripped of whitespace and control characters and lower-cased, names no scheme but
 * {@code https:} or {@code mailto:}.
 */
public final class SafeHtml {

    private static final Pattern TAG = Pattern.compile(
            "<(/?)([A-Za-z][A-Za-z0-9]*)((?:\\s+[A-Za-z][A-Za-z0-9:_-]*(?:=\"[^\"<]*\")?)*)\\s*/?>");
    /** What the sanitizer puts between two braces, so that no template engine reads {@code {{ }} in the text. */
    private static final String EMPTY_COMMENT = "<!-- -->";
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z][A-Za-z0-9:_-]*)(?:=\"([^\"<]*)\")?");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "background",
            "poster", "cite", "xlink:href", "srcset", "data");
    private static final Set<String> SCHEMES = Set.of("https", "mailto");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "colon", ":", "tab", "\t", "newline", "\n", "nbsp", "\u00a0", "sol", "/");

    private SafeHtml() {}

    /**
     * The first thing in {@code html} that could run script or that is outside the allowed elements and attributes,
     * or null when there is none.
     */
    public static String problem(String html, Set<String> elements, Set<String> attributes) {
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (at < html.length()) {
            int open = html.indexOf('<', at);
            if (open < 0) {
                return null;
            }
            if (html.startsWith(EMPTY_COMMENT, open)) {
                at = open + EMPTY_COMMENT.length();
                continue;
            }
            if (!tag.find(open) || tag.start() != open) {
                return "markup not in the sanitizer's shape at " + open + ": " + excerpt(html, open);
            }
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (name.equals("script") || !elements.contains(name)) {
                return "element " + name + " at " + open;
            }
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                String attributeName = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = attribute.group(2) == null ? "" : attribute.group(2);
                if (attributeName.startsWith("on") || !attributes.contains(attributeName)) {
                    return "attribute " + attributeName + " on " + name + " at " + open;
                }
                if (URL_ATTRIBUTES.contains(attributeName)) {
                    String url = url(value);
                    Matcher scheme = SCHEME.matcher(url);
                    if (scheme.find() && !SCHEMES.contains(scheme.group(1))) {
                        return "URL " + value + " in " + attributeName + " at " + open;
                    }
                }
            }
            at = tag.end();
        }
        return null;
    }

    /** A URL attribute's value as a browser resolves it: entities decoded, blanks and controls gone, lower case. */
    static String url(String value) {
        String decoded = decode(value);
        StringBuilder url = new StringBuilder();
        decoded.codePoints().filter(c -> c > 0x20 && c != 0x7f && !Character.isWhitespace(c)
                && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(url::appendCodePoint);
        return url.toString().toLowerCase(Locale.ROOT);
    }

    private static String decode(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            String body = entity.group(1);
            String replacement;
            if (body.startsWith("#x") || body.startsWith("#X")) {
                replacement = codePoint(body.substring(2), 16);
            } else if (body.startsWith("#")) {
                replacement = codePoint(body.substring(1), 10);
            } else {
                replacement = NAMED.getOrDefault(body.toLowerCase(Locale.ROOT), entity.group());
            }
            entity.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(decoded);
        return decoded.toString();
    }

    private static String codePoint(String digits, int radix) {
        try {
            int c = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(c) ? new String(Character.toChars(c)) : "\uFFFD";
        } catch (NumberFormatException e) {
            return "\uFFFD";
        }
    }

    private static String excerpt(String html, int at) {
        return html.substring(at, Math.min(html.length(), at + 60));
    }
}
