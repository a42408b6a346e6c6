package nl.publieksacademie.scenarios.control;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A {@link PlayState} as JSON, e.g. {@code {"node":"uitleg","step":2,"values":{"irritatie":3},"checks":["x"]}}.
 * Written and read by hand: the shape is fixed and small, and this runs twice per step of every learner, where a
 * general JSON or YAML parser cost more than the rest of the step.
 */
public final class PlayStateJson {

    private PlayStateJson() {}

    public static String write(PlayState state) {
        StringBuilder json = new StringBuilder(64 + state.values().size() * 16);
        json.append("{\"node\":").append(quote(state.node())).append(",\"step\":").append(state.step())
                .append(",\"values\":{");
        String separator = "";
        for (Map.Entry<String, Integer> value : state.values().entrySet()) {
            json.append(separator).append(quote(value.getKey())).append(':').append(value.getValue());
            separator = ",";
        }
        json.append("},\"checks\":[");
        separator = "";
        for (String check : state.checks()) {
            json.append(separator).append(quote(check));
            separator = ",";
        }
        return json.append("]}").toString();
    }

    /** Reads what {@link #write} wrote (that exact shape; anything else is refused). */
    public static PlayState read(String json) {
        Reader in = new Reader(json);
        in.expect('{');
        in.key("node");
        String node = in.string();
        in.expect(',');
        in.key("step");
        int step = in.integer();
        in.expect(',');
        in.key("values");
        in.expect('{');
        Map<String, Integer> values = new LinkedHashMap<>();
        while (!in.next('}')) {
            if (!values.isEmpty()) {
                in.expect(',');
            }
            String name = in.string();
            in.expect(':');
            values.put(name, in.integer());
        }
        in.expect(',');
        in.key("checks");
        in.expect('[');
        Set<String> checks = new LinkedHashSet<>();
        while (!in.next(']')) {
            if (!checks.isEmpty()) {
                in.expect(',');
            }
            checks.add(in.string());
        }
        in.expect('}');
        return new PlayState(node, step, values, checks);
    }

    /** A cursor over the text of a play state. */
    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        void expect(char c) {
            skip();
            if (pos >= text.length() || text.charAt(pos) != c) {
                throw new IllegalArgumentException("Not a play state at " + pos + ": " + text);
            }
            pos++;
        }

        /** Consumes {@code c} when it comes next. */
        boolean next(char c) {
            skip();
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        void key(String name) {
            if (!string().equals(name)) {
                throw new IllegalArgumentException("Not a play state, expected " + name + ": " + text);
            }
            expect(':');
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (pos < text.length() && text.charAt(pos) != '"') {
                char c = text.charAt(pos++);
                if (c == '\\') {
                    char escaped = text.charAt(pos++);
                    if (escaped == 'u') {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    } else {
                        out.append(escaped);
                    }
                } else {
                    out.append(c);
                }
            }
            expect('"');
            return out.toString();
        }

        int integer() {
            skip();
            int start = pos;
            if (pos < text.length() && text.charAt(pos) == '-') {
                pos++;
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            return Integer.parseInt(text.substring(start, pos));
        }

        private void skip() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
