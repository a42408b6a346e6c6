package nl.publieksacademie.content.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * A YAML document read as a tree that remembers where each value stands, so readers can report problems by file,
 * line, column and path. Readers walk it with the accessors of {@link Value}, which record type errors, unknown,
 * duplicate and missing keys as findings instead of stopping at the first.
 */
public final class YamlTree {

    private static final int MAX_SIZE = 2 * 1024 * 1024;

    /**
     * Deepest nesting of lists and mappings read. Content files need under ten levels; composing is recursive, so
     * a file of 100 000 nested brackets (well under the size limit) would otherwise exhaust the thread's stack.
     */
    public static final int MAX_DEPTH = 64;
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    static boolean matches(String text, String idPattern) {
        return PATTERNS.computeIfAbsent(idPattern, Pattern::compile).matcher(text).matches();
    }

    private YamlTree() {}

    /** Parses {@code text}; a syntax error becomes a finding and the answer is empty. */
    public static Optional<Value> parse(String text, Findings findings) {
        if (text.length() > MAX_SIZE) {
            findings.error("", "yaml.tooLarge", MAX_SIZE / 1024);
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(findings.file())
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(50)
                .setCodePointLimit(MAX_SIZE)
                .setSchema(new FailsafeSchema())
                .build();
        try {
            Optional<Node> root = composer(settings, text).getSingleNode();
            if (root.isEmpty()) {
                findings.error("", "yaml.empty");
                return Optional.empty();
            }
            findings.locator(path -> locate(root.get(), path));
            return Optional.of(new Value(root.get(), "", findings));
        } catch (TooDeep e) {
            findings.errorAt("", e.at().map(YamlTree::position).orElse(new Findings.Position(1, 1)), "yaml.tooDeep",
                    MAX_DEPTH);
            return Optional.empty();
        } catch (MarkedYamlEngineException e) {
            boolean unclosed = e.getProblem() != null && e.getProblem().contains("<stream end>");
            Findings.Position at = unclosed ? lastLine(text)
                    : e.getProblemMark().or(e::getContextMark).map(YamlTree::position)
                            .orElse(new Findings.Position(1, 1));
            String problem = e.getContext() == null ? e.getProblem() : e.getContext() + ", " + e.getProblem();
            findings.errorAt("", at, "yaml.syntax", problem);
            return Optional.empty();
        } catch (YamlEngineException | IllegalArgumentException e) {
            // the engine refuses some malformed tags (such as "!u%d") with a plain IllegalArgumentException
            findings.error("", "yaml.syntax", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * A composer of {@code text} that stops with {@link TooDeep} at the first list or mapping that opens more than
     * {@value #MAX_DEPTH} levels deep: the parser reads events one at a time without recursion, so the limit holds
     * before the composer's recursion could go deep.
     */
    public static Composer composer(LoadSettings settings, String text) {
        return new Composer(settings, new DepthLimited(new ParserImpl(settings, new StreamReader(settings, text))));
    }

    /** A list or mapping nested more than {@value #MAX_DEPTH} levels deep; {@link #at} is where it opens. */
    public static final class TooDeep extends YamlEngineException {
        private final transient Optional<Mark> at;

        TooDeep(Optional<Mark> at) {
            super("nested deeper than " + MAX_DEPTH + " levels");
            this.at = at;
        }

        public Optional<Mark> at() {
            return at;
        }
    }

    /** Passes the parser's events on, counting how deep lists and mappings are nested. */
    private static final class DepthLimited implements Parser {
        private final Parser parser;
        private int depth;

        DepthLimited(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (++depth > MAX_DEPTH) {
                        throw new TooDeep(event.getStartMark());
                    }
                }
                case SequenceEnd, MappingEnd -> depth--;
                default -> { }
            }
            return event;
        }
    }

    /** The last line with text: where a file that ends with something still open (a bracket, a quote) went wrong. */
    static Findings.Position lastLine(String text) {
        List<String> lines = text.lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return new Findings.Position(i + 1, 1);
            }
        }
        return new Findings.Position(1, 1);
    }

    /**
     * Finds the position of {@code path} (such as {@code nodes.a.choices[2].goto}) in the tree: for a mapping entry
     * its key, for a list item the item. Null when the path does not exist.
     */
    static Findings.Position locate(Node root, String path) {
        Node node = root;
        Optional<Mark> mark = root.getStartMark();
        int i = 0;
        while (i < path.length()) {
            if (path.charAt(i) == '.') {
                i++;
            }
            if (path.charAt(i) == '[') {
                int close = path.indexOf(']', i);
                int index = Integer.parseInt(path.substring(i + 1, close));
                if (!(node instanceof SequenceNode sequence) || index >= sequence.getValue().size()) {
                    return null;
                }
                node = sequence.getValue().get(index);
                mark = node.getStartMark();
                i = close + 1;
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                String key = path.substring(i, end);
                if (!(node instanceof MappingNode mapping)) {
                    return null;
                }
                NodeTuple found = null;
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                        found = tuple;
                        break;
                    }
                }
                if (found == null) {
                    return null;
                }
                node = found.getValueNode();
                mark = found.getKeyNode().getStartMark();
                i = end;
            }
        }
        return mark.map(YamlTree::position).orElse(null);
    }

    /**
     * The type of a scalar. The document is composed with the fail-safe schema (no regular expression per scalar,
     * which made composing a large file twice as slow); plain scalars are typed here by the rules of YAML's core
     * schema for the values content files use: null, booleans, integers and decimals.
     */
    static Tag kind(ScalarNode scalar) {
        if (!Tag.STR.equals(scalar.getTag()) || !scalar.isPlain()) {
            return scalar.getTag();
        }
        String v = scalar.getValue();
        switch (v) {
            case "", "~", "null", "Null", "NULL":
                return Tag.NULL;
            case "true", "True", "TRUE", "false", "False", "FALSE":
                return Tag.BOOL;
            default:
                break;
        }
        int i = v.charAt(0) == '-' || v.charAt(0) == '+' ? 1 : 0;
        boolean digits = i < v.length();
        boolean dot = false;
        for (int j = i; j < v.length() && digits; j++) {
            char c = v.charAt(j);
            if (c == '.' && !dot) {
                dot = true;
            } else if (c < '0' || c > '9') {
                digits = false;
            }
        }
        if (digits && !v.endsWith(".")) {
            return dot ? Tag.FLOAT : Tag.INT;
        }
        return Tag.STR;
    }

    static Findings.Position position(Mark mark) {
        return new Findings.Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** A value in the tree with its path. */
    public static final class Value {
        private final Node node;
        private final String path;
        private final Findings findings;

        Value(Node node, String path, Findings findings) {
            this.node = node;
            this.path = path;
            this.findings = findings;
        }

        public String path() {
            return path;
        }

        public Findings findings() {
            return findings;
        }

        public boolean isMap() {
            return node instanceof MappingNode;
        }

        public boolean isList() {
            return node instanceof SequenceNode;
        }

        public boolean isNull() {
            return node instanceof ScalarNode s && Tag.NULL.equals(kind(s));
        }

        /**
         * The entries of a mapping in document order. Unknown keys (when {@code allowed} is not empty), duplicate
         * keys and missing {@code required} keys are recorded as findings. Not a mapping: a finding and no entries.
         */
        public Map<String, Value> entries(Collection<String> allowed, Collection<String> required) {
            Map<String, Value> entries = new LinkedHashMap<>();
            if (!(node instanceof MappingNode mapping)) {
                findings.error(path, "yaml.expectedMap");
                return entries;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    Value key = new Value(tuple.getKeyNode(), path, findings);
                    findings.errorAt(path, key.position(), "yaml.keyNotText");
                    continue;
                }
                String key = keyNode.getValue();
                String childPath = path.isEmpty() ? key : path + "." + key;
                Value value = new Value(tuple.getValueNode(), childPath, findings);
                Value earlier = entries.putIfAbsent(key, value);
                if (earlier != null) {
                    findings.errorAt(childPath, at(keyNode), "yaml.duplicateKey", key, earlier.position().line());
                } else if (!allowed.isEmpty() && !allowed.contains(key)) {
                    entries.remove(key);
                    findings.errorAt(childPath, at(keyNode), "yaml.unknownKey", key, String.join(", ", allowed));
                }
            }
            for (String key : required) {
                if (!entries.containsKey(key)) {
                    findings.error(path, "yaml.missingKey", key);
                }
            }
            return entries;
        }

        private Findings.Position at(ScalarNode key) {
            return key.getStartMark().map(YamlTree::position).orElse(position());
        }

        /** The entries of a mapping whose keys are free (ids), each checked against {@code idPattern}. */
        public Map<String, Value> keyed(String idPattern, String idKind) {
            Map<String, Value> entries = entries(Set.of(), Set.of());
            for (String key : entries.keySet()) {
                if (!matches(key, idPattern)) {
                    findings.error(entries.get(key).path(), "yaml.badId", idKind, key, describe(idPattern));
                }
            }
            return entries;
        }

        /** The items of a sequence; not a sequence: a finding and no items. */
        public List<Value> items() {
            List<Value> items = new ArrayList<>();
            if (!(node instanceof SequenceNode sequence)) {
                findings.error(path, "yaml.expectedList");
                return items;
            }
            List<Node> nodes = sequence.getValue();
            for (int i = 0; i < nodes.size(); i++) {
                items.add(new Value(nodes.get(i), path + "[" + i + "]", findings));
            }
            return items;
        }

        /** The text of a scalar; a mapping or list here is a finding. Empty text counts as missing. */
        public Optional<String> text() {
            if (node instanceof ScalarNode scalar && !Tag.NULL.equals(kind(scalar))) {
                String value = scalar.getValue().strip();
                if (value.isEmpty()) {
                    findings.error(path, "yaml.emptyText");
                    return Optional.empty();
                }
                return Optional.of(value);
            }
            findings.error(path, "yaml.expectedText");
            return Optional.empty();
        }

        /** An id: text matching {@code idPattern}. */
        public Optional<String> id(String idPattern, String idKind) {
            Optional<String> text = text();
            if (text.isPresent() && !matches(text.get(), idPattern)) {
                findings.error(path, "yaml.badId", idKind, text.get(), describe(idPattern));
                return Optional.empty();
            }
            return text;
        }

        public Optional<Integer> integer() {
            if (node instanceof ScalarNode scalar && Tag.INT.equals(kind(scalar))) {
                try {
                    return Optional.of(Integer.parseInt(scalar.getValue().replace("_", "").replace("+", "")));
                } catch (NumberFormatException e) {
                    findings.error(path, "yaml.expectedInteger", scalar.getValue());
                    return Optional.empty();
                }
            }
            findings.error(path, "yaml.expectedInteger", raw());
            return Optional.empty();
        }

        public Optional<Double> decimal() {
            if (node instanceof ScalarNode scalar
                    && (Tag.INT.equals(kind(scalar)) || Tag.FLOAT.equals(kind(scalar)))) {
                try {
                    return Optional.of(Double.parseDouble(scalar.getValue()));
                } catch (NumberFormatException e) {
                    // falls through to the finding below
                }
            }
            findings.error(path, "yaml.expectedNumber", raw());
            return Optional.empty();
        }

        public Optional<Boolean> bool() {
            if (node instanceof ScalarNode scalar && Tag.BOOL.equals(kind(scalar))) {
                return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase()));
            }
            findings.error(path, "yaml.expectedBoolean", raw());
            return Optional.empty();
        }

        /** The text of a scalar as written, whatever its type (for expressions such as {@code irritatie + 1}). */
        public Optional<String> expression() {
            if (node instanceof ScalarNode scalar && !Tag.NULL.equals(kind(scalar))
                    && !scalar.getValue().isBlank()) {
                return Optional.of(scalar.getValue().strip());
            }
            findings.error(path, "yaml.expectedExpression");
            return Optional.empty();
        }

        /** Where this value starts in the file. */
        public Findings.Position position() {
            return node.getStartMark().map(YamlTree::position).orElse(new Findings.Position(1, 1));
        }

        private String raw() {
            if (node instanceof ScalarNode scalar) {
                return scalar.getValue();
            }
            return isMap() ? "{…}" : "[…]";
        }

        private static String describe(String idPattern) {
            return idPattern.contains("_") ? "a-z, 0-9, _" : "a-z, 0-9, -";
        }
    }
}
