package nl.publieksacademie.identity.scim;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Applies a SCIM PATCH request (RFC 7644 section 3.5.2) to a resource held as a {@link ScimTree}: {@code add},
 * {@code replace} and {@code remove}, with a path ({@code active}, {@code name.givenName},
 * {@code emails[type eq "work"].value}, {@code members[value eq "12"]}, an extension's
 * {@code urn:…:enterprise:2.0:User:department}) or, for add and replace, without one (a value object of attributes).
 * The result is then stored as a PUT would be, so a PATCH is checked exactly like a replacement.
 *
 * <p>Microsoft Entra ID's known departures are accepted: operation names in any case ({@code "Replace"}), a path-less
 * value object whose keys are paths ({@code {"name.givenName": "Jan"}}), {@code remove} of {@code members} with the
 * members to remove as its value, and an {@code add}/{@code replace} of {@code emails[type eq "work"].value} when no
 * such e-mail exists yet (a new one is made). Booleans sent as text ({@code "False"}) are read where the attribute is
 * read, see {@link ScimUserInput}. Pure.
 */
public final class ScimPatch {

    public static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    private final Map<String, Set<String>> attributes;
    private final String coreSchema;

    /**
     * @param coreSchema the resource's core schema URN, which may stand before an attribute in a path
     * @param attributes the attributes a path may name, lower case: the core schema's under {@code ""}, an
     *        extension's under its URN
     */
    public ScimPatch(String coreSchema, Map<String, Set<String>> attributes) {
        this.coreSchema = coreSchema;
        this.attributes = attributes;
    }

    /** A parsed path: in an extension (URN) or the core, an attribute, an optional value filter and sub-attribute. */
    record Path(String text, String extension, String attribute, ScimFilter filter, String sub) {}

    public void apply(Map<String, Object> resource, Map<String, Object> request) {
        Object schemas = ScimTree.get(request, "schemas");
        if (schemas != null && !(schemas instanceof List<?> list && list.contains(PATCH_OP))) {
            throw ScimError.invalidSyntax("schemas must be [\"" + PATCH_OP + "\"]");
        }
        Object operations = ScimTree.get(request, "Operations");
        if (!(operations instanceof List<?> list) || list.isEmpty()) {
            throw ScimError.invalidSyntax("Operations must be a non-empty array");
        }
        int index = 0;
        for (Object operation : list) {
            String where = "Operations[" + index++ + "]";
            if (!(operation instanceof Map<?, ?>)) {
                throw ScimError.invalidSyntax(where + " is not an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> op = (Map<String, Object>) operation;
            Object name = ScimTree.get(op, "op");
            String kind = name instanceof String text ? text.strip().toLowerCase(Locale.ROOT) : "";
            if (!Set.of("add", "replace", "remove").contains(kind)) {
                throw ScimError.invalidSyntax(where + ".op '" + name + "' is not add, replace or remove");
            }
            Object pathText = ScimTree.get(op, "path");
            if (pathText != null && !(pathText instanceof String)) {
                throw ScimError.invalidPath(where + ".path is not text");
            }
            boolean hasValue = ScimTree.key(op, "value") != null;
            Object value = ScimTree.get(op, "value");
            if (pathText == null || ((String) pathText).isBlank()) {
                if (kind.equals("remove")) {
                    throw ScimError.noTarget(where + ": remove needs a path");
                }
                if (!(value instanceof Map<?, ?>)) {
                    throw ScimError.invalidValue(where + ".value must be an object of attributes when there is no "
                            + "path");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> values = (Map<String, Object>) value;
                for (Map.Entry<String, Object> entry : values.entrySet()) {
                    String key = entry.getKey();
                    if (isExtension(key) && entry.getValue() instanceof Map<?, ?> extension) {
                        for (Map.Entry<?, ?> part : extension.entrySet()) {
                            apply(resource, kind, path(key + ":" + part.getKey(), where), part.getValue(), true);
                        }
                    } else {
                        apply(resource, kind, path(key, where), entry.getValue(), true);
                    }
                }
            } else {
                if (!kind.equals("remove") && !hasValue) {
                    throw ScimError.invalidValue(where + ": " + kind + " needs a value");
                }
                apply(resource, kind, path((String) pathText, where), value, hasValue);
            }
        }
    }

    private boolean isExtension(String key) {
        return attributes.keySet().stream().anyMatch(urn -> !urn.isEmpty() && urn.equalsIgnoreCase(key));
    }

    /** Parses a path; its attribute must be one of the schema's. */
    Path path(String text, String where) {
        String rest = text.strip();
        String extension = null;
        if (rest.regionMatches(true, 0, coreSchema + ":", 0, coreSchema.length() + 1)) {
            rest = rest.substring(coreSchema.length() + 1);
        } else {
            for (String urn : attributes.keySet()) {
                if (!urn.isEmpty() && rest.regionMatches(true, 0, urn + ":", 0, urn.length() + 1)) {
                    extension = urn;
                    rest = rest.substring(urn.length() + 1);
                }
            }
        }
        if (rest.startsWith("urn:")) {
            throw ScimError.invalidPath(where + ": path '" + text + "' names a schema this resource does not have");
        }
        String attribute;
        ScimFilter filter = null;
        String sub = null;
        int bracket = rest.indexOf('[');
        if (bracket >= 0) {
            int close = rest.lastIndexOf(']');
            if (close < bracket) {
                throw ScimError.invalidPath(where + ": path '" + text + "' opens a filter with [ and never closes it");
            }
            attribute = rest.substring(0, bracket);
            filter = ScimFilter.parse(rest.substring(bracket + 1, close), where + ": the filter of path '" + text
                    + "'");
            String after = rest.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(".") || after.length() == 1) {
                    throw ScimError.invalidPath(where + ": path '" + text + "' has '" + after + "' after its filter");
                }
                sub = after.substring(1);
            }
        } else {
            int dot = rest.indexOf('.');
            attribute = dot < 0 ? rest : rest.substring(0, dot);
            sub = dot < 0 ? null : rest.substring(dot + 1);
        }
        Set<String> known = attributes.getOrDefault(extension == null ? "" : extension, Set.of());
        if (attribute.isEmpty() || !known.contains(attribute.toLowerCase(Locale.ROOT))) {
            throw ScimError.invalidPath(where + ": path '" + text + "' names no attribute of this resource ('"
                    + attribute + "')");
        }
        return new Path(text, extension, attribute, filter, sub);
    }

    @SuppressWarnings("unchecked")
    private void apply(Map<String, Object> resource, String kind, Path path, Object value, boolean hasValue) {
        Map<String, Object> container = path.extension() == null ? resource
                : ScimTree.object(resource, path.extension(), path.extension());
        String attribute = path.attribute();
        if (path.filter() == null && path.sub() == null) {
            Object existing = ScimTree.get(container, attribute);
            switch (kind) {
                case "remove" -> {
                    if (hasValue && value != null && existing instanceof List<?> list) {
                        List<Object> gone = value instanceof List<?> many ? (List<Object>) many : List.of(value);
                        ((List<Object>) list).removeIf(element -> gone.stream().anyMatch(g -> sameValue(g, element)));
                    } else {
                        ScimTree.remove(container, attribute);
                    }
                }
                case "add" -> {
                    if (existing instanceof List<?> list) {
                        List<Object> added = value instanceof List<?> many ? (List<Object>) many : List.of(value);
                        for (Object element : added) {
                            if (list.stream().noneMatch(e -> sameValue(e, element))) {
                                ((List<Object>) list).add(copy(element));
                            }
                        }
                    } else if (existing instanceof Map<?, ?> map && value instanceof Map<?, ?> parts) {
                        ((Map<String, Object>) map).putAll((Map<String, Object>) copy(parts));
                    } else {
                        ScimTree.put(container, attribute, copy(value));
                    }
                }
                default -> {
                    if (existing instanceof Map<?, ?> map && value instanceof Map<?, ?> parts) {
                        parts.forEach((k, v) -> ScimTree.put((Map<String, Object>) map, (String) k, copy(v)));
                    } else {
                        ScimTree.put(container, attribute, copy(value));
                    }
                }
            }
            return;
        }
        if (path.filter() == null) {
            Map<String, Object> complex = ScimTree.object(container, attribute, path.text());
            if (kind.equals("remove")) {
                ScimTree.remove(complex, path.sub());
            } else {
                ScimTree.put(complex, path.sub(), copy(value));
            }
            return;
        }
        List<Object> list = ScimTree.list(container, attribute, path.text());
        List<Map<String, Object>> matches = new ArrayList<>();
        for (Object element : list) {
            if (element instanceof Map<?, ?> map && path.filter().matches((Map<String, Object>) map)) {
                matches.add((Map<String, Object>) map);
            }
        }
        if (kind.equals("remove")) {
            if (path.sub() == null) {
                for (Iterator<Object> it = list.iterator(); it.hasNext();) {
                    Object element = it.next();
                    if (matches.stream().anyMatch(m -> m == element)) {
                        it.remove();
                    }
                }
            } else {
                matches.forEach(m -> ScimTree.remove(m, path.sub()));
            }
            return;
        }
        if (matches.isEmpty()) {
            Map<String, Object> made = new LinkedHashMap<>();
            made.put(path.filter().attribute(), path.filter().value());
            if (path.sub() != null) {
                made.put(path.sub(), copy(value));
            } else if (value instanceof Map<?, ?> parts) {
                made.putAll((Map<String, Object>) copy(parts));
            } else {
                throw ScimError.invalidValue("path '" + path.text() + "': the value must be an object");
            }
            list.add(made);
            return;
        }
        for (Map<String, Object> match : matches) {
            if (path.sub() != null) {
                ScimTree.put(match, path.sub(), copy(value));
            } else if (value instanceof Map<?, ?> parts) {
                parts.forEach((k, v) -> ScimTree.put(match, (String) k, copy(v)));
            } else {
                throw ScimError.invalidValue("path '" + path.text() + "': the value must be an object");
            }
        }
    }

    /** Two elements of a multi-valued attribute are the same when their {@code value}s are (or they are equal). */
    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            @SuppressWarnings("unchecked")
            Object left = ScimTree.get((Map<String, Object>) x, "value");
            @SuppressWarnings("unchecked")
            Object right = ScimTree.get((Map<String, Object>) y, "value");
            if (left != null || right != null) {
                return Objects.equals(text(left), text(right));
            }
        }
        return Objects.equals(a, b);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return value;
    }
}
