package nl.publieksacademie.identity.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScimFilterTest {

    @Test
    void theFiltersProvisioningClientsSendAreRead() {
        ScimFilter user = ScimFilter.parse("userName eq \"j.visser@gemeente.nl\"", "filter");
        assertTrue(user.on("username"), "attribute names ignore case");
        assertEquals("j.visser@gemeente.nl", user.text());
        assertEquals("abc-123", ScimFilter.parse("  externalId   EQ \"abc-123\" ", "filter").text(),
                "the operator ignores case, spaces around are allowed");
        ScimFilter group = ScimFilter.parse("displayName eq \"Academie \\\"Balie\\\" \\\\ \\u00e9\"", "filter");
        assertEquals("Academie \"Balie\" \\ é", group.text(), "JSON escapes in the value");
        ScimFilter qualified = ScimFilter.parse("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"x\"",
                "filter");
        assertTrue(qualified.on("userName"), "a schema URN before the attribute is dropped");
        assertEquals(Boolean.TRUE, ScimFilter.parse("primary eq true", "filter").value());
    }

    @Test
    void anythingElseIsRefusedAsInvalidFilterSayingWhat() {
        assertRefused("userName co \"jan\"", "operator 'co' is not supported");
        assertRefused("userName eq \"a\" and active eq true", "only one comparison");
        assertRefused("userName eq jan", "'jan' is not a value");
        assertRefused("userName eq \"open", "not closed");
        assertRefused("userName eq ", "a value is missing");
        assertRefused("eq \"x\"", "expected an operator at position 4");
        assertRefused("", "filter is empty");
        assertRefused("(userName eq \"x\")", "expected an attribute name at position 1");
    }

    @Test
    void aValueFilterMatchesElementsOfAMultiValuedAttribute() {
        ScimFilter work = ScimFilter.parse("type eq \"work\"", "path");
        assertTrue(work.matches(Map.of("type", "Work", "value", "a@b.nl")), "strings compare ignoring case");
        assertFalse(work.matches(Map.of("type", "home")));
        assertTrue(ScimFilter.parse("value eq \"12\"", "path").matches(Map.of("VALUE", "12")));
    }

    private static void assertRefused(String filter, String says) {
        ScimError error = assertThrows(ScimError.class, () -> ScimFilter.parse(filter, "filter"), filter);
        assertEquals(400, error.status());
        assertEquals("invalidFilter", error.scimType());
        assertTrue(error.detail().contains(says), error.detail());
    }
}
