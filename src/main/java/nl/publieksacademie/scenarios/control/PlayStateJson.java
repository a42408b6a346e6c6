package nl.publieksacademie.scenarios.control;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A {@link PlayState} as JSON, e.g. {@code {"node":"uitleg","step":2,"values":{"irritatie":3},"checks":["x"]}}.
 * Written by hand (ids and names are plain ASCII by the file format's rules); read with the YAML reader, since
 * JSON is YAML.
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

    @SuppressWarnings("unchecked")
    public static PlayState read(String json) {
        Object loaded = new Load(LoadSettings.builder().build()).loadFromString(json);
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("Not a play state: " + json);
        }
        Map<String, Integer> values = new LinkedHashMap<>();
        ((Map<String, Object>) map.get("values")).forEach((k, v) -> values.put(k, ((Number) v).intValue()));
        Set<String> checks = new LinkedHashSet<>((List<String>) map.get("checks"));
        return new PlayState((String) map.get("node"), ((Number) map.get("step")).intValue(), values, checks);
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
