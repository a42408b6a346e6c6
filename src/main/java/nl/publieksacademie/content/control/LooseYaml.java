package nl.publieksacademie.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Lenient reading and writing of content files for the editors' models: values are taken as they come (nothing
 * checked; {@link YamlTree} and the readers do that), and written back block style in the order given, with empty
 * fields left out.
 */
public final class LooseYaml {

    private LooseYaml() {}

    /**
     * The top-level mapping of {@code text}; empty when it is not YAML, not a mapping or nested deeper than
     * {@link YamlTree#MAX_DEPTH}.
     */
    public static Optional<Map<?, ?>> map(String text) {
        try {
            LoadSettings settings = LoadSettings.builder().setAllowRecursiveKeys(false)
                    .setMaxAliasesForCollections(50).build();
            Object root = new Load(settings) {
                @Override
                protected Composer createComposer(String yaml) {
                    return YamlTree.composer(settings, yaml);
                }
            }.loadFromString(text);
            return root instanceof Map<?, ?> map ? Optional.of(map) : Optional.empty();
        } catch (YamlEngineException e) {
            return Optional.empty();
        }
    }

    public static String dump(Map<String, Object> tree) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2)
                .setIndicatorIndent(2).setIndentWithIndicator(true).setWidth(120).build();
        return new Dump(settings).dumpToString(tree);
    }

    public static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** A whole number, or null when there is none (or it is not a number). */
    public static Integer integer(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value == null ? null : Integer.valueOf(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static List<String> texts(Object value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> texts.add(String.valueOf(v)));
        }
        return texts;
    }

    /** Puts {@code value} unless it is null or blank text (stripped). */
    public static void put(Map<String, Object> map, String key, Object value) {
        if (value instanceof String s) {
            if (!s.isBlank()) {
                map.put(key, s.strip());
            }
        } else if (value != null) {
            map.put(key, value);
        }
    }

    /** The texts that are not blank, stripped. */
    public static List<String> clean(List<String> texts) {
        return texts.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
    }

    /** {@code prefix}, or {@code prefix-2}, {@code prefix-3}, ...: the first not in {@code taken}. */
    public static String unique(String prefix, List<String> taken) {
        if (!taken.contains(prefix)) {
            return prefix;
        }
        for (int i = 2; ; i++) {
            if (!taken.contains(prefix + "-" + i)) {
                return prefix + "-" + i;
            }
        }
    }
}
