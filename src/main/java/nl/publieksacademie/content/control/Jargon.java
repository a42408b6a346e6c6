package nl.publieksacademie.content.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the content format and of learning design that a learner must never read in the Dutch text of a
 * scenario, lesson, quiz or course ("negatieve evidence", "node", "outcome"), each with the plain Dutch to write
 * instead. A file name or id ({@code courses/competencies.yaml}, {@code check-id}) is not text and is not matched.
 * Pure.
 */
public final class Jargon {

    /** Each jargon word in lower case, and what to write instead (Dutch, shown in both languages' messages). */
    static final Map<String, String> PLAIN = plain();

    private static Map<String, String> plain() {
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put("evidence", "\"je antwoord liet zien dat…\" of \"dit telt mee voor…\"");
        plain.put("node", "\"moment in het gesprek\" of \"stap\"");
        plain.put("outcome", "\"afloop\" of \"uitkomst\"");
        plain.put("debrief", "\"nabespreking\"");
        plain.put("persona", "\"inwoner\" of \"collega\"");
        plain.put("check", "\"controleren\", \"nagaan\" of \"verplichte stap\"");
        plain.put("competency", "\"competentie\"");
        plain.put("skill", "\"vaardigheid\"");
        plain.put("setting", "\"plaats van het gesprek\" of \"kanaal\"");
        plain.put("level", "\"niveau\"");
        return Map.copyOf(plain);
    }

    /**
     * A jargon word on its own (plurals too): not part of a longer word ("checken", "levelt"), a path or an id
     * ("competencies.yaml", "check-id", "/checks").
     */
    private static final Pattern WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}_/.\\-])(evidence|nodes?|outcomes?|debriefs?|personas?|checks?|competenc(?:y|ies)"
                    + "|skills?|settings?|levels?)(?![\\p{L}\\p{N}_]|[.\\-][\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A jargon word found in a text: as written, where it starts, and the plain Dutch for it. */
    public record Found(String word, int at, String plain) {}

    private Jargon() {}

    /** Every jargon word in {@code text}, in order. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            found.add(new Found(m.group(1), m.start(1), PLAIN.get(stem(m.group(1)))));
        }
        return found;
    }

    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("competencies")) {
            return "competency";
        }
        return PLAIN.containsKey(w) ? w : w.substring(0, w.length() - 1);
    }

    /** A warning in {@code findings} at {@code path} for each jargon word of the learner text {@code text}. */
    public static void check(String text, String path, Findings findings) {
        for (Found f : find(text)) {
            findings.warning(path, "text.jargon", f.word(), f.plain());
        }
    }

    /**
     * The warnings for a Markdown lesson, each at the word's line and column. Link and image targets and code
     * spans are not text a learner reads and are left out.
     */
    public static void lesson(String markdown, Findings findings) {
        String text = blank(markdown, LINK_TARGET, 1);
        text = blank(text, CODE, 0);
        for (Found f : find(text)) {
            findings.warningAt("", position(markdown, f.at()), "text.jargon", f.word(), f.plain());
        }
    }

    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\(([^)\\n]*)\\)");
    private static final Pattern CODE = Pattern.compile("`[^`\\n]*`");

    /** {@code text} with the group {@code group} of every match replaced by spaces, so positions stay. */
    private static String blank(String text, Pattern pattern, int group) {
        StringBuilder b = new StringBuilder(text);
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            for (int i = m.start(group); i < m.end(group); i++) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    private static Findings.Position position(String text, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Findings.Position(line, at - lineStart + 1);
    }
}
