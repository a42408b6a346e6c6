package nl.publieksacademie.identity.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScimUserInputTest {

    @Test
    void anEntraIdUserIsReadAsTheStaffMemberItDescribes() {
        ScimUserInput input = ScimUserInput.of(ScimTree.read("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                 "externalId":"0b7f1c","userName":"J.Visser@gemeente.nl","active":"True","displayName":"Jan Visser",
                 "title":"Baliemedewerker","preferredLanguage":"nl-NL",
                 "name":{"givenName":"Jan","familyName":"Visser"},
                 "emails":[{"value":"prive@example.nl","type":"home"},{"value":"j.visser@gemeente.nl","type":"work"}],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Balie Stadhuis"}}"""));
        assertEquals("J.Visser@gemeente.nl", input.userName());
        assertEquals("0b7f1c", input.externalId());
        assertEquals("Jan Visser", input.fullName(), "displayName when there is no name.formatted");
        assertEquals("j.visser@gemeente.nl", input.email(), "the work address when none is primary");
        assertTrue(input.active());
        assertEquals("Balie Stadhuis", input.department());
    }

    @Test
    void theNameFallsBackToGivenAndFamilyNameAndTheEmailToTheUserName() {
        ScimUserInput input = ScimUserInput.of(ScimTree.read(
                "{\"userName\":\"p.jansen@gemeente.nl\",\"name\":{\"givenName\":\"Piet\",\"familyName\":\"Jansen\"}}"));
        assertEquals("Piet Jansen", input.fullName());
        assertEquals("p.jansen@gemeente.nl", input.email());
    }

    @Test
    void unknownAttributesPasswordsAndMissingNamesAreRefusedNamed() {
        assertRefused("{\"userName\":\"a@b.nl\",\"favouriteColour\":\"blue\"}", "invalidSyntax",
                "unknown attribute 'favouriteColour'");
        assertRefused("{\"userName\":\"a@b.nl\",\"password\":\"geheim123\"}", "invalidValue", "password");
        assertRefused("{\"displayName\":\"x\"}", "invalidValue", "userName is required");
        assertRefused("{\"userName\":\"jan\"}", "invalidValue", "emails");
        assertRefused("{\"userName\":7}", "invalidValue", "userName must be text");
    }

    private static void assertRefused(String body, String scimType, String says) {
        ScimError error = assertThrows(ScimError.class, () -> ScimUserInput.of(ScimTree.read(body)), body);
        assertEquals(scimType, error.scimType());
        assertTrue(error.detail().contains(says), error.detail());
    }
}
