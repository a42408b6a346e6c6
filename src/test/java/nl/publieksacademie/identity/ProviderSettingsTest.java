package nl.publieksacademie.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderSettingsTest {

    static List<ProviderSettings> read(Map<String, String> config) {
        return ProviderSettings.read(key -> Optional.ofNullable(config.get(key)), config.keySet());
    }

    @Test
    void providersAreAListEachWithItsOwnSettings() {
        var providers = read(Map.of(
                "pa.oidc.providers", "gemeente, buurgemeente",
                "pa.oidc.gemeente.issuer", "https://login.gemeente.nl/realms/gemeente/",
                "pa.oidc.gemeente.client-id", "academie",
                "pa.oidc.gemeente.client-secret", "s1",
                "pa.oidc.gemeente.groups.leerlingen", "role:learner",
                "pa.oidc.gemeente.api-clients.hr", "hr",
                "pa.oidc.buurgemeente.issuer", "https://login.microsoftonline.com/tenant/v2.0",
                "pa.oidc.buurgemeente.client-id", "guid",
                "pa.oidc.buurgemeente.client-secret", "s2",
                "pa.oidc.buurgemeente.username-claim", "upn"));
        assertEquals(2, providers.size());
        var gemeente = providers.get(0);
        assertEquals("https://login.gemeente.nl/realms/gemeente", gemeente.issuer(), "without the trailing slash");
        assertEquals(List.of("openid", "profile", "email"), gemeente.scopes());
        assertEquals("preferred_username", gemeente.usernameClaim());
        assertEquals("academie", gemeente.audience(), "the client id unless set");
        assertEquals(Map.of("hr", Set.of("hr")), gemeente.apiClients());
        assertEquals(Set.of("learner"), gemeente.groups().map(List.of("leerlingen")).roles());
        var neighbour = providers.get(1);
        assertEquals("upn", neighbour.usernameClaim());
        assertTrue(neighbour.groups().map(List.of("leerlingen")).roles().isEmpty(), "each provider its own table");
    }

    @Test
    void noProvidersByDefault() {
        assertTrue(read(Map.of()).isEmpty());
    }

    @Test
    void aMissingSettingIsNamed() {
        var missing = assertThrows(IllegalStateException.class, () -> read(Map.of("pa.oidc.providers", "gemeente",
                "pa.oidc.gemeente.issuer", "https://x", "pa.oidc.gemeente.client-id", "c")));
        assertTrue(missing.getMessage().contains("pa.oidc.gemeente.client-secret"), missing.getMessage());
        assertThrows(IllegalStateException.class, () -> read(Map.of("pa.oidc.providers", "g",
                "pa.oidc.g.issuer", "https://x", "pa.oidc.g.client-id", "c", "pa.oidc.g.client-secret", "s",
                "pa.oidc.g.api-clients.hr", "boss")));
    }
}
