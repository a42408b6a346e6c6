package nl.publieksacademie.identity.scim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a client reads to learn this service provider (RFC 7644 section 4, RFC 7643 sections 5–7): the features
 * ({@code ServiceProviderConfig}: PATCH yes; bulk, sort, change password, ETags no; filter up to
 * {@link Provisioning#MAX_RESULTS}), the resource types User (with the enterprise extension) and Group, and their
 * schemas, as far as the platform keeps them. Pure.
 */
public final class ScimDiscovery {

    private ScimDiscovery() {}

    public static Map<String, Object> serviceProviderConfig(String base) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("schemas", List.of(ScimSchemas.SERVICE_PROVIDER_CONFIG));
        config.put("documentationUri", "https://datatracker.ietf.org/doc/html/rfc7644");
        config.put("patch", Map.of("supported", true));
        config.put("bulk", ordered("supported", false, "maxOperations", 0, "maxPayloadSize", 0));
        config.put("filter", ordered("supported", true, "maxResults", Provisioning.MAX_RESULTS));
        config.put("changePassword", Map.of("supported", false));
        config.put("sort", Map.of("supported", false));
        config.put("etag", Map.of("supported", false));
        config.put("authenticationSchemes", List.of(ordered("type", "oauthbearertoken", "name", "Bearer token",
                "description", "The secret token configured as pa.scim.token-sha256, sent as "
                        + "'Authorization: Bearer <token>'", "primary", true)));
        config.put("meta", ordered("resourceType", "ServiceProviderConfig", "location",
                base + "/ServiceProviderConfig"));
        return config;
    }

    public static List<Map<String, Object>> resourceTypes(String base) {
        Map<String, Object> user = ordered("schemas", List.of(ScimSchemas.RESOURCE_TYPE), "id", "User", "name",
                "User", "endpoint", "/Users", "description", "A staff member", "schema", ScimSchemas.USER,
                "schemaExtensions", List.of(ordered("schema", ScimSchemas.ENTERPRISE_USER, "required", false)),
                "meta", ordered("resourceType", "ResourceType", "location", base + "/ResourceTypes/User"));
        Map<String, Object> group = ordered("schemas", List.of(ScimSchemas.RESOURCE_TYPE), "id", "Group", "name",
                "Group", "endpoint", "/Groups", "description", "A group; its members get the roles, team and job "
                        + "role it is configured to give", "schema", ScimSchemas.GROUP,
                "meta", ordered("resourceType", "ResourceType", "location", base + "/ResourceTypes/Group"));
        return List.of(user, group);
    }

    public static List<Map<String, Object>> schemas(String base) {
        Map<String, Object> user = schema(base, ScimSchemas.USER, "User", "A staff member", List.of(
                attribute("userName", "string", false, true, "readWrite", "server",
                        "The name the person signs in with (lower case)"),
                complex("name", false, "The person's name",
                        attribute("formatted", "string", false, false, "readWrite", "none", "The full name"),
                        attribute("givenName", "string", false, false, "readWrite", "none", "Given name"),
                        attribute("familyName", "string", false, false, "readWrite", "none", "Family name")),
                attribute("displayName", "string", false, false, "readWrite", "none",
                        "The full name, when name.formatted is not sent"),
                complex("emails", true, "The work e-mail address (the primary one is kept)",
                        attribute("value", "string", false, false, "readWrite", "server", "The address"),
                        attribute("type", "string", false, false, "readWrite", "none", "work"),
                        attribute("primary", "boolean", false, false, "readWrite", "none", "The one kept")),
                attribute("active", "boolean", false, false, "readWrite", "none",
                        "false deactivates the person at once; their open sessions end"),
                complex("groups", true, "The groups the person is a member of (change them through Groups)",
                        readOnly(attribute("value", "string", false, false, "readOnly", "none", "Group id")),
                        readOnly(attribute("$ref", "reference", false, false, "readOnly", "none", "Group URI")),
                        readOnly(attribute("display", "string", false, false, "readOnly", "none", "Group name"))),
                complex("roles", true, "The platform roles the person's groups give",
                        readOnly(attribute("value", "string", false, false, "readOnly", "none",
                                "learner, trainer, hr or admin")))));
        markReadOnly(user, "groups", "roles");
        Map<String, Object> enterprise = schema(base, ScimSchemas.ENTERPRISE_USER, "EnterpriseUser",
                "Enterprise User", List.of(attribute("department", "string", false, false, "readWrite", "none",
                        "The name of a team of the platform: the person joins it")));
        Map<String, Object> group = schema(base, ScimSchemas.GROUP, "Group", "Group", List.of(
                attribute("displayName", "string", false, true, "readWrite", "server", "The group's name"),
                complex("members", true, "The group's members (Users)",
                        attribute("value", "string", false, false, "immutable", "none", "User id"),
                        attribute("$ref", "reference", false, false, "immutable", "none", "User URI"),
                        readOnly(attribute("display", "string", false, false, "readOnly", "none", "Full name")))));
        return List.of(user, enterprise, group);
    }

    private static Map<String, Object> schema(String base, String id, String name, String description,
            List<Map<String, Object>> attributes) {
        return ordered("schemas", List.of(ScimSchemas.SCHEMA), "id", id, "name", name, "description", description,
                "attributes", new ArrayList<>(attributes),
                "meta", ordered("resourceType", "Schema", "location", base + "/Schemas/" + id));
    }

    private static Map<String, Object> attribute(String name, String type, boolean multiValued, boolean required,
            String mutability, String uniqueness, String description) {
        return ordered("name", name, "type", type, "multiValued", multiValued, "description", description,
                "required", required, "caseExact", false, "mutability", mutability, "returned", "default",
                "uniqueness", uniqueness);
    }

    @SafeVarargs
    private static Map<String, Object> complex(String name, boolean multiValued, String description,
            Map<String, Object>... subAttributes) {
        Map<String, Object> attribute = attribute(name, "complex", multiValued, false, "readWrite", "none",
                description);
        attribute.put("subAttributes", List.of(subAttributes));
        return attribute;
    }

    private static Map<String, Object> readOnly(Map<String, Object> attribute) {
        attribute.put("mutability", "readOnly");
        return attribute;
    }

    @SuppressWarnings("unchecked")
    private static void markReadOnly(Map<String, Object> schema, String... names) {
        for (Object attribute : (List<Object>) schema.get("attributes")) {
            Map<String, Object> map = (Map<String, Object>) attribute;
            if (List.of(names).contains(map.get("name"))) {
                map.put("mutability", "readOnly");
            }
        }
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
