package nl.publieksacademie.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * SCIM 2.0 provisioning, driven as a provisioning client (Microsoft Entra ID's way of sending) would: users created,
 * found by filter and paged through; group changes moving roles and team; a deactivation ending the person's open
 * session; bad input answered in the SCIM error schema; wrong tokens refused, audited and throttled. Every resource
 * answered is checked against the schemas the service provider itself publishes at {@code /scim/v2/Schemas}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScimIT {

    static final String TOKEN = "scim-test-token-" + UUID.randomUUID();
    static final String SCIM = "application/scim+json";
    static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    static final String LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String NORTH = "Scim Balie Noord";

    /** What the operator configures (README, "Provisioning with SCIM"): the token's hash, never the token. */
    static String settings() {
        return String.join("\n", "",
                "pa.scim.token-sha256=" + sha256(TOKEN),
                "pa.scim.client=entra-test",
                "pa.scim.groups.academie-leerlingen=role:learner",
                "pa.scim.groups.academie-trainers=role:trainer",
                "pa.scim.groups.team-noord=team:" + NORTH,
                "pa.scim.groups.team-balie-stadhuis=team:Balie Stadhuis,jobrole:baliemedewerker",
                // the throttle test names its own client addresses, as a load balancer in front would
                "pa.trusted-proxies=127.0.0.1",
                "");
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(config -> config + settings());
    }

    @ArquillianResource
    URL deployed;

    URI base() {
        return Deployments.loopback(deployed);
    }

    Http admin() {
        return new Http(base()).basic("admin", "demo");
    }

    /** A SCIM call with the client's token. */
    HttpResponse<String> scim(String method, String path, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + TOKEN;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return new Http(base()).call(method, "scim/v2/" + path, body == null ? null : SCIM, body, all);
    }

    static String filter(String filter) {
        return "filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8);
    }

    /** Creates a user as Entra ID sends one; answers the created resource, checked. */
    JsonObject createUser(String userName, String extra) {
        HttpResponse<String> created = scim("POST", "Users", """
                {"schemas":["%s","%s"],"externalId":"ext-%s","userName":"%s","active":true,
                 "displayName":"Test %s","name":{"givenName":"Test","familyName":"%s"},
                 "emails":[{"primary":true,"type":"work","value":"%s"}]%s}"""
                .formatted(USER, ENTERPRISE, userName, userName, userName, userName, userName.toLowerCase(),
                        extra));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject user = resource(created, "User");
        assertEquals(user.getJsonObject("meta").getString("location"), created.headers().firstValue("Location")
                .orElse(null), "Location names the new resource");
        return user;
    }

    JsonObject staff(String id) {
        HttpResponse<String> staff = admin().get("api/staff/" + id);
        assertEquals(200, staff.statusCode(), staff.body());
        return Http.object(staff);
    }

    static List<String> roles(JsonObject staff) {
        return staff.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .sorted().toList();
    }

    List<JsonObject> audit(String action) {
        return Http.array(admin().get("api/audit?action=" + action)).getValuesAs(JsonObject.class);
    }

    @Test
    void aProvisioningClientCreatesFindsAndPagesThroughUsers() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        JsonObject user = createUser("N.Nieuw-" + tag + "@gemeente.nl",
                ",\"" + ENTERPRISE + "\":{\"department\":\"Balie Stadhuis\"}");
        String id = user.getString("id");
        String userName = "n.nieuw-" + tag + "@gemeente.nl";
        assertEquals(userName, user.getString("userName"), "user names are kept in lower case");
        assertEquals("ext-N.Nieuw-" + tag + "@gemeente.nl", user.getString("externalId"));
        assertTrue(user.getBoolean("active"));
        JsonObject member = staff(id);
        assertEquals("Test N.Nieuw-" + tag + "@gemeente.nl", member.getString("fullName"));
        assertEquals("Balie Stadhuis", member.getString("team"), "the department names a team");
        assertEquals(List.of(), roles(member), "no group yet, so no role");

        JsonObject found = list(scim("GET", "Users?" + filter("userName eq \"" + userName.toUpperCase() + "\""),
                null));
        assertEquals(1, found.getInt("totalResults"), "userName compares ignoring case");
        assertEquals(id, found.getJsonArray("Resources").getJsonObject(0).getString("id"));
        JsonObject byExternal = list(scim("GET", "Users?" + filter("externalId eq \"ext-N.Nieuw-" + tag
                + "@gemeente.nl\""), null));
        assertEquals(List.of(id), ids(byExternal));
        assertEquals(0, list(scim("GET", "Users?" + filter("userName eq \"nobody-" + tag + "\""), null))
                .getInt("totalResults"));

        for (int i = 0; i < 3; i++) {
            createUser("p" + i + "-" + tag + "@gemeente.nl", "");
        }
        JsonObject first = list(scim("GET", "Users?startIndex=1&count=2", null));
        int total = first.getInt("totalResults");
        assertTrue(total >= 8, "the demo accounts and the four made here: " + total);
        assertEquals(2, first.getInt("itemsPerPage"));
        assertEquals(1, first.getInt("startIndex"));
        Set<String> seen = new LinkedHashSet<>(ids(first));
        for (int start = 3; start <= total; start += 2) {
            JsonObject page = list(scim("GET", "Users?startIndex=" + start + "&count=2", null));
            assertEquals(start, page.getInt("startIndex"));
            assertEquals(total, page.getInt("totalResults"));
            seen.addAll(ids(page));
        }
        assertEquals(total, seen.size(), "the pages hold every user once: " + seen);
        assertTrue(seen.contains(id));
        assertEquals(0, list(scim("GET", "Users?count=0", null)).getInt("itemsPerPage"), "count=0: the total only");

        HttpResponse<String> replaced = scim("PUT", "Users/" + id, """
                {"schemas":["%s"],"userName":"%s","name":{"formatted":"Nina Nieuw"},
                 "emails":[{"value":"nina-%s@gemeente.nl","primary":true}],"active":true}"""
                .formatted(USER, userName, tag));
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals("Nina Nieuw", resource(replaced, "User").getJsonObject("name").getString("formatted"));
        assertEquals("nina-" + tag + "@gemeente.nl", staff(id).getString("email"));
        assertTrue(audit("staff-created").stream().anyMatch(e -> e.getString("actor").equals("entra-test")
                && e.getString("subject").equals("staff:" + id)), "the creation is audited under the client");
        assertTrue(audit("staff-changed").stream().anyMatch(e -> e.getString("actor").equals("entra-test")
                && e.getString("subject").equals("staff:" + id)), "so is the change");
    }

    @Test
    void groupChangesMoveRolesTeamAndJobRole() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> team = admin().post("api/teams", "application/json",
                "{\"name\":\"" + NORTH + "\",\"department\":\"Burgerzaken\"}");
        assertTrue(team.statusCode() == 201 || team.statusCode() == 400, team.body());
        String id = createUser("g-" + tag + "@gemeente.nl", "").getString("id");

        String learners = group("academie-leerlingen", "[{\"value\":\"" + id + "\"}]");
        assertEquals(List.of("learner"), roles(staff(id)), "the learners' group gives the learner role");
        String trainers = group("academie-trainers", "[]");
        String north = group("team-noord", "[]");
        String cityHall = group("team-balie-stadhuis", "[]");

        patch("Groups/" + north, "{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"" + id + "\"}]}");
        assertEquals(NORTH, staff(id).getString("team"), "joining a team's group moves the person there");

        patch("Groups/" + trainers, "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + id + "\"}]}");
        patch("Groups/" + learners, "{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + id + "\\\"]\"}");
        JsonObject moved = staff(id);
        assertEquals(List.of("trainer"), roles(moved), "from the learners' group to the trainers'");

        patch("Groups/" + cityHall, "{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"" + id + "\"}]}");
        patch("Groups/" + north, "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"" + id + "\"}]}");
        JsonObject mover = staff(id);
        assertEquals("Balie Stadhuis", mover.getString("team"));
        assertEquals("baliemedewerker", mover.getString("jobRole"));

        JsonObject user = resource(scim("GET", "Users/" + id, null), "User");
        assertEquals(Set.of("academie-trainers", "team-balie-stadhuis"), user.getJsonArray("groups")
                .getValuesAs(JsonObject.class).stream().map(g -> g.getString("display")).collect(
                        java.util.stream.Collectors.toSet()));
        JsonObject found = list(scim("GET", "Groups?" + filter("displayName eq \"ACADEMIE-TRAINERS\""), null));
        assertEquals(List.of(trainers), ids(found));
        JsonObject withoutMembers = list(scim("GET", "Groups?excludedAttributes=members&" + filter(
                "displayName eq \"academie-trainers\""), null));
        assertFalse(withoutMembers.getJsonArray("Resources").getJsonObject(0).containsKey("members"));
        assertTrue(audit("group-changed").stream().anyMatch(e -> e.getString("actor").equals("entra-test")
                && e.getString("subject").equals("group:" + trainers)));
        assertTrue(audit("staff-changed").stream().anyMatch(e -> e.getString("actor").equals("entra-test")
                && e.getString("detail").contains("roles=[trainer]")), "the roles' change is audited");

        assertEquals(204, scim("DELETE", "Groups/" + trainers, null).statusCode());
        assertEquals(List.of(), roles(staff(id)), "the group gone, its role is gone");
        assertEquals(404, scim("GET", "Groups/" + trainers, null).statusCode());
        for (String group : List.of(learners, north, cityHall)) {
            assertEquals(204, scim("DELETE", "Groups/" + group, null).statusCode());
        }
    }

    String group(String name, String members) {
        HttpResponse<String> created = scim("POST", "Groups", "{\"schemas\":[\"" + GROUP + "\"],\"displayName\":\""
                + name + "\",\"externalId\":\"ext-" + name + "\",\"members\":" + members + "}");
        assertEquals(201, created.statusCode(), created.body());
        return resource(created, "Group").getString("id");
    }

    JsonObject patch(String path, String... operations) {
        HttpResponse<String> patched = scim("PATCH", path, "{\"schemas\":[\"" + PATCH + "\"],\"Operations\":["
                + String.join(",", operations) + "]}");
        assertEquals(200, patched.statusCode(), patched.body());
        return resource(patched, path.startsWith("Users") ? "User" : "Group");
    }

    @Test
    void deactivationEndsTheOpenSessionAtOnceAndReactivationLetsThePersonBackIn() {
        Http learner = new Http(base());
        assertEquals(302, learner.signIn("learner", "demo").statusCode());
        assertEquals(200, learner.get("api/me/profile").statusCode(), "signed in");
        String id = ids(list(scim("GET", "Users?" + filter("userName eq \"learner\""), null))).get(0);

        JsonObject off = patch("Users/" + id, "{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}");
        assertFalse(off.getBoolean("active"), "Entra ID's capitalised op and text boolean");
        assertEquals(401, learner.get("api/me/profile").statusCode(), "the open session ended at its next request");
        assertEquals(200, new Http(base()).signIn("learner", "demo").statusCode(), "no new sign-in either");
        assertFalse(staff(id).getBoolean("active"));
        assertTrue(audit("staff-deactivated").stream().anyMatch(e -> e.getString("actor").equals("entra-test")
                && e.getString("subject").equals("staff:" + id)));

        JsonObject on = patch("Users/" + id, "{\"op\":\"replace\",\"value\":{\"active\":true}}");
        assertTrue(on.getBoolean("active"), "a path-less replace re-activates");
        Http again = new Http(base());
        assertEquals(302, again.signIn("learner", "demo").statusCode(), "back in");
        assertEquals(200, again.get("api/me/profile").statusCode());

        String gone = createUser("weg-" + UUID.randomUUID().toString().substring(0, 8) + "@gemeente.nl", "")
                .getString("id");
        assertEquals(204, scim("DELETE", "Users/" + gone, null).statusCode());
        JsonObject kept = resource(scim("GET", "Users/" + gone, null), "User");
        assertFalse(kept.getBoolean("active"), "DELETE deactivates; the person and their evidence stay");
    }

    @Test
    void badInputIsAnsweredInTheScimErrorSchemaNamingWhatIsWrong() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = createUser("dubbel-" + tag + "@gemeente.nl", "").getString("id");
        assertAll(
                () -> assertError(scim("GET", "Users?" + filter("userName co \"jan\""), null), 400, "invalidFilter",
                        "operator 'co'"),
                () -> assertError(scim("GET", "Users?" + filter("title eq \"x\""), null), 400, "invalidFilter",
                        "'title'"),
                () -> assertError(scim("GET", "Users?" + filter("userName eq \"a\" or userName eq \"b\""), null),
                        400, "invalidFilter", "only one comparison"),
                () -> assertError(scim("GET", "Users?startIndex=een", null), 400, "invalidValue", "startIndex"),
                () -> assertError(scim("POST", "Users", "{\"userName\":\"x-" + tag
                        + "@gemeente.nl\",\"favouriteColour\":\"blue\"}"), 400, "invalidSyntax", "favouriteColour"),
                () -> assertError(scim("POST", "Users", "{\"userName\":\"Dubbel-" + tag + "@gemeente.nl\"}"), 409,
                        "uniqueness", "userName"),
                () -> assertError(scim("POST", "Users", "{\"userName\":\"Jan Met Spatie\",\"emails\":[{\"value\":"
                        + "\"jms-" + tag + "@gemeente.nl\"}]}"), 400, "invalidValue", "userName"),
                () -> assertError(scim("POST", "Users", "{\"userName\":"), 400, "invalidSyntax", "not JSON"),
                () -> assertError(scim("PATCH", "Users/" + id, "{\"schemas\":[\"" + PATCH + "\"],\"Operations\":"
                        + "[{\"op\":\"replace\",\"path\":\"shoeSize\",\"value\":44}]}"), 400, "invalidPath",
                        "shoeSize"),
                () -> assertError(scim("PATCH", "Users/" + id, "{\"schemas\":[\"" + PATCH + "\"],\"Operations\":"
                        + "[{\"op\":\"replace\",\"path\":\"active\",\"value\":\"misschien\"}]}"), 400,
                        "invalidValue", "active"),
                () -> assertError(scim("POST", "Groups", "{\"displayName\":\"g-" + tag
                        + "\",\"members\":[{\"value\":\"999999\"}]}"), 400, "invalidValue", "members[0].value"),
                () -> assertError(scim("GET", "Users/999999", null), 404, null, "999999"),
                () -> assertError(scim("GET", "Nothing", null), 404, null, "Nothing"),
                () -> assertError(scim("DELETE", "Users", null), 405, null, "DELETE"),
                () -> assertError(new Http(base()).call("POST", "scim/v2/Users", "text/plain", "userName=x",
                        "Authorization", "Bearer " + TOKEN), 415, null, "text/plain"));
    }

    @Test
    void wrongOrMissingTokensAreRefusedAuditedThenThrottledOnScimAndTheApi() {
        String address = "198.51.100." + (1 + (int) (Math.random() * 200));
        HttpResponse<String> missing = new Http(base()).call("GET", "scim/v2/Users", null, null,
                "X-Forwarded-For", address);
        assertError(missing, 401, null, "no token");
        assertTrue(missing.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        Http admin = new Http(base());
        assertEquals(302, admin.signIn("admin", "demo").statusCode());
        assertError(admin.call("GET", "scim/v2/Users", null, null, "X-Forwarded-For", address), 401, null,
                "no token");
        int refused = 2;
        HttpResponse<String> last = null;
        for (int i = 0; i < 20; i++) {
            last = new Http(base()).call("GET", "scim/v2/Users", null, null, "Authorization", "Bearer raden-" + i,
                    "X-Forwarded-For", address);
            if (last.statusCode() != 401) {
                break;
            }
            refused++;
        }
        assertEquals(10, refused, "ten refusals before the address waits");
        assertError(last, 429, null, "too many refused tokens");
        assertTrue(Integer.parseInt(last.headers().firstValue("Retry-After").orElse("0")) > 0);
        assertEquals(429, scim("GET", "Users", null, "X-Forwarded-For", address).statusCode(),
                "while it waits even the right token is not looked at");
        assertEquals(200, scim("GET", "Users", null).statusCode(), "another address goes on");
        long audited = audit("token-refused").stream().filter(e -> e.getString("detail").contains(address)
                && e.getString("detail").startsWith("SCIM: ")).count();
        assertEquals(10, audited, "each refusal is audited; a throttled request is not looked at");

        String apiAddress = "203.0.113." + (1 + (int) (Math.random() * 200));
        int apiRefused = 0;
        HttpResponse<String> api = null;
        for (int i = 0; i < 20; i++) {
            api = new Http(base()).call("GET", "api/me/profile", null, null, "Authorization", "Bearer nep." + i,
                    "X-Forwarded-For", apiAddress, "Accept-Language", "nl");
            if (api.statusCode() != 401) {
                break;
            }
            apiRefused++;
        }
        assertEquals(10, apiRefused, "the API's refused bearer tokens count the same way");
        assertEquals(429, api.statusCode(), api.body());
        assertTrue(api.headers().firstValue("Retry-After").isPresent());
        assertTrue(Http.object(api).getJsonArray("errors").getJsonObject(0).getString("message")
                .contains("Te veel geweigerde"), api.body());
    }

    @Test
    void discoveryDocumentsDescribeTheServiceProvider() {
        JsonObject config = object(scim("GET", "ServiceProviderConfig", null), 200);
        assertEquals(List.of("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"), strings(config
                .getJsonArray("schemas")));
        assertTrue(config.getJsonObject("patch").getBoolean("supported"));
        assertFalse(config.getJsonObject("bulk").getBoolean("supported"));
        assertTrue(config.getJsonObject("filter").getInt("maxResults") > 0);
        assertEquals("oauthbearertoken", config.getJsonArray("authenticationSchemes").getJsonObject(0)
                .getString("type"));
        JsonObject types = list(scim("GET", "ResourceTypes", null));
        assertEquals(List.of("User", "Group"), ids(types));
        assertEquals("/Users", object(scim("GET", "ResourceTypes/User", null), 200).getString("endpoint"));
        assertEquals(List.of(USER, ENTERPRISE, GROUP), ids(list(scim("GET", "Schemas", null))));
        assertError(new Http(base()).call("GET", "scim/v2/Schemas", null, null), 401, null, "no token");
    }

    // ---- Checks of what the service provider answers

    /** The schemas the service provider publishes, by URN: every resource answered must conform to them. */
    Map<String, JsonObject> schemas;

    Map<String, JsonObject> schemas() {
        if (schemas == null) {
            schemas = new HashMap<>();
            for (JsonObject schema : list(scim("GET", "Schemas", null)).getJsonArray("Resources")
                    .getValuesAs(JsonObject.class)) {
                schemas.put(schema.getString("id"), schema);
            }
        }
        return schemas;
    }

    /** A resource of {@code type}, checked against RFC 7643 (common attributes) and the published schemas. */
    JsonObject resource(HttpResponse<String> response, String type) {
        JsonObject resource = object(response, response.statusCode());
        assertTrue(response.statusCode() < 300, response.body());
        conforms(resource, type);
        return resource;
    }

    void conforms(JsonObject resource, String type) {
        List<String> schemaIds = strings(resource.getJsonArray("schemas"));
        String core = type.equals("User") ? USER : GROUP;
        assertTrue(schemaIds.contains(core), "schemas names the core schema: " + schemaIds);
        assertFalse(resource.getString("id").isBlank(), "id");
        JsonObject meta = resource.getJsonObject("meta");
        assertEquals(type, meta.getString("resourceType"));
        assertTrue(meta.getString("location").endsWith("/" + type + "s/" + resource.getString("id")),
                meta.toString());
        List<Executable> checks = new ArrayList<>();
        for (String key : resource.keySet()) {
            boolean common = Set.of("schemas", "id", "externalId", "meta").contains(key);
            if (!common && !schemaIds.contains(key) && attribute(schemas().get(core), key) == null) {
                checks.add(() -> fail("'" + key + "' is in no schema of " + type));
            }
        }
        for (String schemaId : schemaIds) {
            JsonObject schema = schemas().get(schemaId);
            assertNotNull(schema, "the schema " + schemaId + " is published");
            JsonObject values = schemaId.equals(core) ? resource : resource.getJsonObject(schemaId);
            if (values != null) {
                checkAttributes(schema.getJsonArray("attributes"), values, schemaId, checks);
            }
        }
        assertAll(checks);
    }

    static JsonObject attribute(JsonObject schema, String name) {
        return schema.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    static void checkAttributes(JsonArray definitions, JsonObject values, String where, List<Executable> checks) {
        for (JsonObject definition : definitions.getValuesAs(JsonObject.class)) {
            String name = definition.getString("name");
            JsonValue value = values.get(name);
            String at = where + ":" + name;
            if (value == null || value == JsonValue.NULL) {
                if (definition.getBoolean("required")) {
                    checks.add(() -> fail(at + " is required"));
                }
                continue;
            }
            if (definition.getBoolean("multiValued")) {
                if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                    checks.add(() -> fail(at + " is multi-valued, not " + value));
                    continue;
                }
                value.asJsonArray().forEach(element -> checkType(definition, element, at, checks));
            } else {
                checkType(definition, value, at, checks);
            }
        }
    }

    static void checkType(JsonObject definition, JsonValue value, String at, List<Executable> checks) {
        JsonValue.ValueType actual = value.getValueType();
        boolean fits = switch (definition.getString("type")) {
            case "string", "reference", "dateTime", "binary" -> actual == JsonValue.ValueType.STRING;
            case "boolean" -> actual == JsonValue.ValueType.TRUE || actual == JsonValue.ValueType.FALSE;
            case "integer", "decimal" -> actual == JsonValue.ValueType.NUMBER;
            case "complex" -> actual == JsonValue.ValueType.OBJECT;
            default -> false;
        };
        if (!fits) {
            checks.add(() -> fail(at + " is " + definition.getString("type") + ", not " + value));
        } else if (actual == JsonValue.ValueType.OBJECT && definition.containsKey("subAttributes")) {
            checkAttributes(definition.getJsonArray("subAttributes"), value.asJsonObject(), at, checks);
        }
    }

    /** A ListResponse (RFC 7644 section 3.4.2), each resource checked. */
    JsonObject list(HttpResponse<String> response) {
        JsonObject list = object(response, 200);
        assertEquals(List.of(LIST), strings(list.getJsonArray("schemas")));
        JsonArray resources = list.getJsonArray("Resources");
        assertEquals(list.getInt("itemsPerPage"), resources.size());
        assertTrue(list.getInt("totalResults") >= resources.size());
        assertTrue(list.getInt("startIndex") >= 1);
        for (JsonObject resource : resources.getValuesAs(JsonObject.class)) {
            String type = resource.getJsonObject("meta").getString("resourceType");
            if (type.equals("User") || type.equals("Group")) {
                conforms(resource, type);
            }
        }
        return list;
    }

    static JsonObject object(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(SCIM),
                "answered as " + SCIM);
        return Http.object(response);
    }

    static List<String> ids(JsonObject list) {
        return list.getJsonArray("Resources").getValuesAs(JsonObject.class).stream().map(r -> r.getString("id"))
                .toList();
    }

    static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** An error in the SCIM error schema (RFC 7644 section 3.12) whose detail names what is wrong. */
    static void assertError(HttpResponse<String> response, int status, String scimType, String detail) {
        JsonObject error = object(response, status);
        assertEquals(List.of(ERROR), strings(error.getJsonArray("schemas")), response.body());
        assertEquals(Integer.toString(status), error.getString("status"), "status is a string");
        assertEquals(scimType, error.getString("scimType", null), response.body());
        assertTrue(error.getString("detail").contains(detail), "'" + detail + "' in " + error.getString("detail"));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(
                    StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
