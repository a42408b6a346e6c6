package nl.publieksacademie.content.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Collects the findings about one file. Positions are looked up by document path through the locator of the
 * reader that holds the document, only when a finding is recorded; a path that cannot be found takes its nearest
 * parent's position.
 */
public final class Findings {

    /** A 1-based position in the source text. */
    public record Position(int line, int column) {}

    private static final Position TOP = new Position(1, 1);

    private final String file;
    private Function<String, Position> locator = path -> null;
    private final List<Finding> found = new ArrayList<>();

    public Findings(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** Sets how a document path is turned into a position (by the reader that holds the document). */
    public void locator(Function<String, Position> locator) {
        this.locator = locator;
    }

    public Position position(String path) {
        String p = path;
        while (true) {
            Position found = locator.apply(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return TOP;
            }
            p = parent(p);
        }
    }

    /** Records an error at {@code path}; {@code key} names the message in the findings bundle. */
    public void error(String path, String key, Object... args) {
        add(Finding.Severity.ERROR, path, position(path), key, args);
    }

    public void warning(String path, String key, Object... args) {
        add(Finding.Severity.WARNING, path, position(path), key, args);
    }

    public void errorAt(String path, Position position, String key, Object... args) {
        add(Finding.Severity.ERROR, path, position, key, args);
    }

    public void warningAt(String path, Position position, String key, Object... args) {
        add(Finding.Severity.WARNING, path, position, key, args);
    }

    private void add(Finding.Severity severity, String path, Position at, String key, Object... args) {
        List<String> texts = new ArrayList<>(args.length);
        for (Object arg : args) {
            texts.add(String.valueOf(arg));
        }
        found.add(new Finding(severity, file, at.line(), at.column(), path, key, texts));
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Finding::isError);
    }

    /** Whether an error was recorded at {@code path} or below it. */
    public boolean hasErrorsUnder(String path) {
        return found.stream().anyMatch(f -> f.isError() && f.path().startsWith(path));
    }

    /** Errors first in the order of the file, then warnings in the order of the file. */
    public List<Finding> all() {
        return found.stream()
                .sorted(Comparator.comparing(Finding::severity)
                        .thenComparingInt(Finding::line)
                        .thenComparingInt(Finding::column))
                .toList();
    }

    public List<Finding> errors() {
        return all().stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
        return all().stream().filter(f -> !f.isError()).toList();
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
