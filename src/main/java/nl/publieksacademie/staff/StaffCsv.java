package nl.publieksacademie.staff;

import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a staff CSV file: a header line, then one staff member per line with the columns {@code name}, {@code email},
 * {@code team}, {@code job_role}, {@code roles} (separated by {@code ;}) and optionally {@code username}. Comma or
 * semicolon separated. Reports every bad line with its number; pure, no database.
 */
public final class StaffCsv {

    /** A parsed line: the form and the team's name, resolved to an id by {@link Staff}. */
    public record Row(int line, StaffForm form, String teamName) {}

    public record Result(List<Row> rows, List<Problem> problems) {}

    static final List<String> REQUIRED = List.of("name", "email");
    static final List<String> KNOWN = List.of("name", "email", "team", "job_role", "roles", "username");

    /**
     * The text of a CSV file sent as bytes, which must be UTF-8 (a byte order mark is allowed). A file saved in
     * another encoding (Latin-1 from an older spreadsheet) is refused with every line that is not UTF-8, instead of
     * being stored with its accented letters turned into U+FFFD.
     */
    public static String decode(byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        StringBuilder text = new StringBuilder(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int next = Math.min(end + 1, bytes.length);
            try {
                text.append(decoder.reset().decode(ByteBuffer.wrap(bytes, start, next - start)));
            } catch (CharacterCodingException e) {
                problems.add(Problem.onLine(line, null, "import.error.notUtf8", line));
            }
            line++;
            start = next;
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return text.toString();
    }

    public Result read(String text) {
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(Problem.onLine(1, null, "import.error.empty"));
            return new Result(rows, problems);
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char delimiter = guessDelimiter(body);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            Map<String, Integer> header = normalise(parser.getHeaderMap());
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    problems.add(Problem.onLine(1, column, "import.error.missingColumn", column));
                }
            }
            if (!problems.isEmpty()) {
                return new Result(rows, problems);
            }
            Map<String, Integer> emailLines = new HashMap<>();
            Map<String, Integer> usernameLines = new HashMap<>();
            int[] breaks = lineBreaks(body);
            for (CSVRecord record : parser) {
                int line = lineOf(breaks, record.getCharacterPosition());
                StaffForm form = new StaffForm(
                        value(record, header, "name"),
                        value(record, header, "email"),
                        value(record, header, "username"),
                        null,
                        value(record, header, "job_role"),
                        roles(value(record, header, "roles")),
                        true,
                        null);
                for (Problem problem : form.check()) {
                    problems.add(Problem.onLine(line, problem.field(), problem.key(), problem.arguments().toArray()));
                }
                if (form.email() != null) {
                    Integer earlier = emailLines.putIfAbsent(form.email(), line);
                    if (earlier != null) {
                        problems.add(Problem.onLine(line, "email", "import.error.duplicateInFile", form.email(), earlier));
                    }
                }
                if (form.username() != null && !form.username().equals(form.email())) {
                    Integer earlier = usernameLines.putIfAbsent(form.username(), line);
                    if (earlier != null) {
                        problems.add(Problem.onLine(line, "username", "import.error.duplicateInFile", form.username(), earlier));
                    }
                }
                rows.add(new Row(line, form, value(record, header, "team")));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV's record iterator wraps a parse error (an unclosed quote) in an UncheckedIOException
            problems.add(Problem.onLine(1, null, "import.error.unreadable", e.getMessage()));
        }
        return new Result(rows, problems);
    }

    /** The 1-based line on which a character position lies; robust against quoted fields spanning lines. */
    private static int lineOf(int[] lineBreaks, long position) {
        int index = Arrays.binarySearch(lineBreaks, (int) position);
        return (index >= 0 ? index : -index - 1) + 1;
    }

    private static int[] lineBreaks(String text) {
        return java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
    }

    private static char guessDelimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    private static Map<String, Integer> normalise(Map<String, Integer> header) {
        Map<String, Integer> normalised = new HashMap<>();
        header.forEach((name, index) -> normalised.put(name.strip().toLowerCase().replace('-', '_'), index));
        return normalised;
    }

    private static String value(CSVRecord record, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= record.size() ? null : record.get(index);
    }

    private static Set<String> roles(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split("[;|\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(String::toLowerCase)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
