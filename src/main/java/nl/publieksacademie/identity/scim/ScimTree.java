package nl.publieksacademie.identity.scim;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A SCIM resource as plain, changeable Java values (maps, lists, strings, booleans, {@link BigDecimal}, null), so a
 * PATCH can be applied to it, with access by attribute name ignoring case (RFC 7643 section 2.1). Pure.
 */
public final class ScimTree {

    private ScimTree() {}

    /** Reads a request body that must be one JSON object; anything else is {@code invalidSyntax}. */
    public static Map<String, Object> read(String body) {
        if (body == null || body.isBlank()) {
            throw ScimError.invalidSyntax("the request body is empty; a JSON object is expected");
        }
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            var where = e.getLocation();
            throw ScimError.invalidSyntax("the body is not JSON" + (where == null ? "" : " (line "
                    + where.getLineNumber() + ", column " + where.getColumnNumber() + ")"));
        } catch (JsonException e) {
            throw ScimError.invalidSyntax("the body is not JSON");
        }
        if (!(value instanceof JsonObject object)) {
            throw ScimError.invalidSyntax("the body must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) from(object);
        return tree;
    }

    public static Object from(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, from(v)));
                return map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                value.asJsonArray().forEach(v -> list.add(from(v)));
                return list;
            }
            case STRING -> {
                return ((JsonString) value).getString();
            }
            case NUMBER -> {
                return ((JsonNumber) value).bigDecimalValue();
            }
            case TRUE -> {
                return Boolean.TRUE;
            }
            case FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }

    public static JsonValue json(Object value) {
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            map.forEach((k, v) -> object.add((String) k, json(v)));
            return object.build();
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(v -> array.add(json(v)));
            return array.build();
        }
        if (value instanceof String text) {
            return Json.createValue(text);
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof BigDecimal number) {
            return Json.createValue(number);
        }
        if (value instanceof Number number) {
            return Json.createValue(number.longValue());
        }
        return JsonValue.NULL;
    }

    public static JsonArray array(List<?> values) {
        return (JsonArray) json(values);
    }

    /** The key of {@code map} that equals {@code name} ignoring case; null when there is none. */
    public static String key(Map<String, Object> map, String name) {
        for (String key : map.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                return key;
            }
        }
        return null;
    }

    public static Object get(Map<String, Object> map, String name) {
        String key = key(map, name);
        return key == null ? null : map.get(key);
    }

    /** Sets {@code name}, replacing a key that differs only in case. */
    public static void put(Map<String, Object> map, String name, Object value) {
        String key = key(map, name);
        map.put(key == null ? name : key, value);
    }

    public static void remove(Map<String, Object> map, String name) {
        String key = key(map, name);
        if (key != null) {
            map.remove(key);
        }
    }

    /** The object under {@code name}, made when absent; {@code where} names it when something else is there. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, Object> map, String name, String where) {
        Object value = get(map, name);
        if (value == null) {
            Map<String, Object> made = new LinkedHashMap<>();
            put(map, name, made);
            return made;
        }
        if (!(value instanceof Map)) {
            throw ScimError.invalidValue(where + " is not a complex attribute");
        }
        return (Map<String, Object>) value;
    }

    /** The list under {@code name}, made when absent. */
    @SuppressWarnings("unchecked")
    public static List<Object> list(Map<String, Object> map, String name, String where) {
        Object value = get(map, name);
        if (value == null) {
            List<Object> made = new ArrayList<>();
            put(map, name, made);
            return made;
        }
        if (!(value instanceof List)) {
            throw ScimError.invalidValue(where + " is not multi-valued");
        }
        return (List<Object>) value;
    }
}
