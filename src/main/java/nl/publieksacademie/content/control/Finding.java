package nl.publieksacademie.content.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One problem in a content file: where it is (1-based line and column, and the path inside the document such as
 * {@code nodes.balie-1.choices[2].goto}) and what is wrong, in plain words with the fix. The words come from the
 * bundle {@code findings} (English by default, Dutch beside it) by key, so the same finding reads well in both
 * languages.
 */
public record Finding(Severity severity, String file, int line, int column, String path, String key,
        List<String> args) {

    public enum Severity { ERROR, WARNING }

    static final String BUNDLE = "nl.publieksacademie.content.control.findings";

    public Finding {
        args = List.copyOf(args);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message in English. */
    public String message() {
        return message(Locale.ROOT);
    }

    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        MessageFormat format = new MessageFormat(bundle.getString(key), locale);
        return format.format(args.toArray());
    }

    /** {@code file:line:column: path: message}, the form editors and terminals understand. */
    public String describe(Locale locale) {
        String where = path == null || path.isEmpty() ? "" : path + ": ";
        String level = severity == Severity.WARNING ? "(!) " : "";
        return file + ":" + line + ":" + column + ": " + level + where + message(locale);
    }

    /** One line of text that {@link #decode} turns back into this finding (for storage). */
    public String encode() {
        StringBuilder out = new StringBuilder();
        out.append(severity).append('\t').append(file).append('\t').append(line).append('\t').append(column)
                .append('\t').append(path).append('\t').append(key);
        args.forEach(a -> out.append('\t').append(a.replaceAll("[\t\r\n]+", " ")));
        return out.toString();
    }

    public static Finding decode(String encoded) {
        String[] parts = encoded.split("\t", -1);
        return new Finding(Severity.valueOf(parts[0]), parts[1], Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3]), parts[4], parts[5], List.of(parts).subList(6, parts.length));
    }

    @Override
    public String toString() {
        return describe(Locale.ROOT);
    }
}
