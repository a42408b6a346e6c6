package nl.publieksacademie.identity.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScimPatchTest {

    final ScimPatch users = new ScimPatch(ScimSchemas.USER, ScimSchemas.USER_PATHS);
    final ScimPatch groups = new ScimPatch(ScimSchemas.GROUP, ScimSchemas.GROUP_PATHS);

    Map<String, Object> user() {
        return ScimTree.read("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"7","userName":"jan",
                 "name":{"formatted":"Jan Visser","givenName":"Jan"},
                 "emails":[{"value":"jan@gemeente.nl","type":"work","primary":true}],"active":true}""");
    }

    static Map<String, Object> patch(String operations) {
        return ScimTree.read("{\"schemas\":[\"" + ScimPatch.PATCH_OP + "\"],\"Operations\":" + operations + "}");
    }

    @Test
    void entraIdsDeactivationIsReadCapitalisedOpAndTextBoolean() {
        Map<String, Object> user = user();
        users.apply(user, patch("[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]"));
        assertFalse(ScimUserInput.of(user).active());
    }

    @Test
    void aPathlessReplaceSetsEachAttributeOfItsValueObjectAlsoDottedKeys() {
        Map<String, Object> user = user();
        users.apply(user, patch("""
                [{"op":"replace","value":{"active":false,"name.familyName":"de Vries","displayName":"J. de Vries",
                  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"Balie Noord"}}]"""));
        ScimUserInput input = ScimUserInput.of(user);
        assertFalse(input.active());
        assertEquals("de Vries", input.familyName());
        assertEquals("Jan", input.givenName(), "the name's other parts stay");
        assertEquals("Balie Noord", input.department());
    }

    @Test
    void aValueFilteredPathChangesTheMatchingElementOrAddsOne() {
        Map<String, Object> user = user();
        users.apply(user, patch("[{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"].value\","
                + "\"value\":\"jan.visser@gemeente.nl\"}]"));
        assertEquals("jan.visser@gemeente.nl", ScimUserInput.of(user).email());
        Map<String, Object> without = user();
        without.remove("emails");
        users.apply(without, patch("[{\"op\":\"add\",\"path\":\"emails[type eq \\\"work\\\"].value\","
                + "\"value\":\"nieuw@gemeente.nl\"}]"));
        assertEquals("nieuw@gemeente.nl", ScimUserInput.of(without).email(), "Entra ID adds the e-mail this way");
    }

    @Test
    void membersAreAddedAndRemovedByValueFilterOrByValueList() {
        Map<String, Object> group = ScimTree.read("{\"displayName\":\"academie-leerlingen\",\"members\":[]}");
        groups.apply(group, patch("[{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"3\"},"
                + "{\"value\":\"4\"},{\"value\":\"5\"}]}]"));
        assertEquals(List.of("3", "4", "5"), members(group));
        groups.apply(group, patch("[{\"op\":\"remove\",\"path\":\"members[value eq \\\"4\\\"]\"}]"));
        assertEquals(List.of("3", "5"), members(group));
        groups.apply(group, patch("[{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"5\"}]}]"));
        assertEquals(List.of("3"), members(group), "Entra ID removes members with a value list");
        groups.apply(group, patch("[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"3\"}]}]"));
        assertEquals(List.of("3"), members(group), "adding a member twice keeps one");
        groups.apply(group, patch("[{\"op\":\"replace\",\"value\":{\"displayName\":\"academie-trainers\"}}]"));
        assertEquals("academie-trainers", group.get("displayName"));
    }

    @Test
    void removeDropsAnAttribute() {
        Map<String, Object> user = user();
        users.apply(user, patch("[{\"op\":\"remove\",\"path\":\"name.givenName\"}]"));
        assertEquals(null, ScimUserInput.of(user).givenName());
    }

    @Test
    void badPatchesAreRefusedNamingTheOperationAndPath() {
        assertRefused("[{\"op\":\"move\",\"path\":\"active\",\"value\":true}]", "invalidSyntax",
                "Operations[0].op 'move'");
        assertRefused("[{\"op\":\"replace\",\"path\":\"favouriteColour\",\"value\":\"blue\"}]", "invalidPath",
                "'favouriteColour'");
        assertRefused("[{\"op\":\"replace\",\"path\":\"active\"},{\"op\":\"x\"}]", "invalidValue",
                "replace needs a value");
        assertRefused("[{\"op\":\"remove\"}]", "noTarget", "remove needs a path");
        assertRefused("[{\"op\":\"remove\",\"path\":\"emails[type co \\\"w\\\"]\"}]", "invalidFilter",
                "operator 'co'");
        assertRefused("[{\"op\":\"replace\",\"value\":\"x\"}]", "invalidValue", "object of attributes");
        assertRefused("[]", "invalidSyntax", "Operations must be a non-empty array");
        ScimError schemas = assertThrows(ScimError.class, () -> users.apply(user(),
                ScimTree.read("{\"schemas\":[\"urn:x\"],\"Operations\":[]}")));
        assertTrue(schemas.detail().contains(ScimPatch.PATCH_OP), schemas.detail());
    }

    @Test
    void aTextBooleanOtherThanTrueOrFalseIsNamed() {
        Map<String, Object> user = user();
        users.apply(user, patch("[{\"op\":\"replace\",\"path\":\"active\",\"value\":\"Nee\"}]"));
        ScimError error = assertThrows(ScimError.class, () -> ScimUserInput.of(user));
        assertEquals("invalidValue", error.scimType());
        assertTrue(error.detail().contains("active must be true or false, not 'Nee'"), error.detail());
    }

    private void assertRefused(String operations, String scimType, String says) {
        ScimError error = assertThrows(ScimError.class, () -> users.apply(user(), patch(operations)), operations);
        assertEquals(400, error.status());
        assertEquals(scimType, error.scimType(), error.detail());
        assertTrue(error.detail().contains(says), error.detail());
    }

    @SuppressWarnings("unchecked")
    private static List<String> members(Map<String, Object> group) {
        return ((List<Object>) group.get("members")).stream()
                .map(m -> (String) ((Map<String, Object>) m).get("value")).toList();
    }
}
