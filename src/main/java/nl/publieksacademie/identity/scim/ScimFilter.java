package nl.publieksacademie.identity.scim;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The one kind of SCIM filter (RFC 7644 section 3.4.2.2) this service provider answers: a single comparison
 * {@code <attribute> eq <value>}, the form provisioning clients send to find a user or group
 * ({@code userName eq "j.visser@gemeente.nl"}, {@code externalId eq "…"}, {@code displayName eq "…"}). Also used for
 * the value filter of a PATCH path ({@code members[value eq "12"]}). Anything else is refused as
 * {@code invalidFilter} naming what was not understood, never guessed at. Attribute names and the operator are
 * case-insensitive, as the RFC says; a schema URN before the attribute is dropped. Pure.
 */
public record ScimFilter(String attribute, Object value) {

    /** Parses {@code text}; {@code where} names it in an error ("filter", or a PATCH path). */
    public static ScimFilter parse(String text, String where) {
        if (text == null || text.isBlank()) {
            throw ScimError.invalidFilter(where + " is empty");
        }
        Reader reader = new Reader(text, where);
        reader.spaces();
        String attribute = reader.word("an attribute name");
        reader.spaces();
        String operator = reader.word("an operator").toLowerCase(Locale.ROOT);
        if (!operator.equals("eq")) {
            throw ScimError.invalidFilter(where + " '" + text + "': operator '" + operator
                    + "' is not supported; only <attribute> eq \"value\"");
        }
        reader.spaces();
        Object value = reader.value();
        reader.spaces();
        if (!reader.atEnd()) {
            throw ScimError.invalidFilter(where + " '" + text + "': only one comparison <attribute> eq \"value\" is "
                    + "supported, not '" + text.substring(reader.at).strip() + "'");
        }
        if (attribute.startsWith("urn:") && attribute.lastIndexOf(':') > 3) {
            attribute = attribute.substring(attribute.lastIndexOf(':') + 1);
        }
        return new ScimFilter(attribute, value);
    }

    /** Whether this filter names {@code name} (case-insensitive). */
    public boolean on(String name) {
        return attribute.equalsIgnoreCase(name);
    }

    /** The compared value as text; strings compare as given, booleans and numbers by their JSON text. */
    public String text() {
        return value == null ? null : value.toString();
    }

    /** Whether an element of a multi-valued attribute (a JSON object as a map) matches. */
    public boolean matches(Map<String, Object> element) {
        Object actual = ScimTree.get(element, attribute);
        if (value instanceof String expected && actual instanceof String found) {
            return expected.equalsIgnoreCase(found);
        }
        if (value instanceof BigDecimal expected && actual instanceof BigDecimal found) {
            return expected.compareTo(found) == 0;
        }
        if (value instanceof Boolean expected && actual instanceof String found) {
            return expected.toString().equalsIgnoreCase(found);
        }
        return Objects.equals(value, actual);
    }

    private static final class Reader {
        final String text;
        final String where;
        int at;

        Reader(String text, String where) {
            this.text = text;
            this.where = where;
        }

        boolean atEnd() {
            return at >= text.length();
        }

        void spaces() {
            while (!atEnd() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        String word(String what) {
            int start = at;
            while (!atEnd() && (Character.isLetterOrDigit(text.charAt(at)) || "_:.$-".indexOf(text.charAt(at)) >= 0)) {
                at++;
            }
            if (start == at) {
                throw ScimError.invalidFilter(where + " '" + text + "': expected " + what + " at position "
                        + (start + 1));
            }
            return text.substring(start, at);
        }

        Object value() {
            if (atEnd()) {
                throw ScimError.invalidFilter(where + " '" + text + "': a value is missing after the operator");
            }
            if (text.charAt(at) == '"') {
                return string();
            }
            String literal = word("a value");
            switch (literal.toLowerCase(Locale.ROOT)) {
                case "true":
                    return Boolean.TRUE;
                case "false":
                    return Boolean.FALSE;
                case "null":
                    return null;
                default:
                    try {
                        return new BigDecimal(literal);
                    } catch (NumberFormatException e) {
                        throw ScimError.invalidFilter(where + " '" + text + "': '" + literal
                                + "' is not a value; put text in double quotes");
                    }
            }
        }

        /** A JSON string: escapes as in JSON. */
        String string() {
            StringBuilder out = new StringBuilder();
            at++;
            while (!atEnd()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (atEnd()) {
                    break;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case '"', '\\', '/' -> out.append(escaped);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw ScimError.invalidFilter(where + " '" + text + "': a \\u escape is cut short");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        } catch (NumberFormatException e) {
                            throw ScimError.invalidFilter(where + " '" + text + "': a \\u escape is not hexadecimal");
                        }
                        at += 4;
                    }
                    default -> throw ScimError.invalidFilter(where + " '" + text + "': unknown escape \\" + escaped);
                }
            }
            throw ScimError.invalidFilter(where + " '" + text + "': the quoted value is not closed");
        }
    }
}
