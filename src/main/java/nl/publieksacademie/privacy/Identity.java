package nl.publieksacademie.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every identifier a staff member could have used or been written down by: the user name and the e-mail address
 * (either signs in, typed in any case) and the full name. Finds them in text and replaces them by a pseudonym.
 * Pure.
 *
 * <p>The e-mail address and the full name are matched anywhere, ignoring case. The user name is matched as a whole
 * value ignoring case (an actor column, a typed sign-in name) and inside longer text only as a word of its own in
 * its own case, so that user name {@code jan} does not rewrite "januari" or a colleague called "Jan Pieters".
 */
record Identity(long staffId, String username, String email, String fullName) {

    private static final String BEFORE = "(?<![\\p{L}\\p{N}._@-])";
    private static final String AFTER = "(?![\\p{L}\\p{N}_@-]|\\.[\\p{L}\\p{N}])";

    /** The lower-cased identifiers, for SQL {@code LIKE} candidates; blank ones left out. */
    List<String> needles() {
        List<String> all = new ArrayList<>();
        for (String s : new String[] {username, email, fullName}) {
            if (s != null && !s.isBlank()) {
                all.add(s.toLowerCase(Locale.ROOT));
            }
        }
        return all;
    }

    /** Whether {@code text} names this person. */
    boolean names(String text) {
        return text != null && !replace(text, "\u0000").equals(text);
    }

    /** Whether {@code text} names this person or refers to their account ("staff 7", "staff:7"). */
    boolean refersTo(String text) {
        return names(text) || text != null && Pattern.compile("\\bstaff[ :]" + staffId + "(?!\\d)").matcher(text).find();
    }

    /** {@code text} with every identifier of this person replaced by {@code pseudonym}. */
    String replace(String text, String pseudonym) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        for (String s : new String[] {username, email, fullName}) {
            if (s != null && !s.isBlank() && trimmed.equalsIgnoreCase(s.trim())) {
                return pseudonym;
            }
        }
        String out = text;
        for (String s : new String[] {email, fullName}) {
            if (s != null && !s.isBlank()) {
                out = Pattern.compile(Pattern.quote(s.trim()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(out).replaceAll(Matcher.quoteReplacement(pseudonym));
            }
        }
        if (username != null && !username.isBlank()) {
            out = Pattern.compile(BEFORE + Pattern.quote(username.trim()) + AFTER)
                    .matcher(out).replaceAll(Matcher.quoteReplacement(pseudonym));
        }
        return out;
    }
}
