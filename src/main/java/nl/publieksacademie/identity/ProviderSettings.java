package nl.publieksacademie.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import nl.publieksacademie.platform.Roles;

/**
 * One OpenID Connect provider as configured under {@code pa.oidc.<id>.}: where it is, how the academy is known to it,
 * which claims name a person, what its groups mean, and which of its API clients may call with which roles.
 */
public record ProviderSettings(String id, String label, String issuer, String clientId, String clientSecret,
        List<String> scopes, String usernameClaim, String emailClaim, String nameClaim, String groupsClaim,
        GroupMapping groups, String audience, Map<String, Set<String>> apiClients, int clockSkewSeconds) {

    static final String PREFIX = "pa.oidc.";

    /**
     * Every provider named in {@code pa.oidc.providers}, read through {@code value} (a configuration look-up) from the
     * property {@code names} known. A provider without issuer, client id or secret is refused with its key named.
     */
    public static List<ProviderSettings> read(Function<String, Optional<String>> value, Iterable<String> names) {
        List<ProviderSettings> providers = new ArrayList<>();
        for (String id : value.apply(PREFIX + "providers").orElse("").split(",")) {
            if (!id.isBlank()) {
                providers.add(one(id.strip(), value, names));
            }
        }
        return List.copyOf(providers);
    }

    private static ProviderSettings one(String id, Function<String, Optional<String>> value, Iterable<String> names) {
        String prefix = PREFIX + id + ".";
        Function<String, String> required = key -> value.apply(prefix + key).filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException("Set " + prefix + key + " for identity provider " + id));
        Function<String, String> optional = key -> value.apply(prefix + key).orElse(null);
        Map<String, List<String>> groups = new TreeMap<>();
        Map<String, Set<String>> clients = new LinkedHashMap<>();
        String groupPrefix = prefix + "groups.";
        String clientPrefix = prefix + "api-clients.";
        for (String name : names) {
            if (name.startsWith(groupPrefix)) {
                String group = name.substring(groupPrefix.length());
                groups.put(group, GroupMapping.parse(group, value.apply(name).orElse("")));
            } else if (name.startsWith(clientPrefix)) {
                String client = name.substring(clientPrefix.length());
                Set<String> roles = new TreeSet<>();
                for (String role : value.apply(name).orElse("").split(",")) {
                    if (!role.isBlank()) {
                        if (!Roles.ALL.contains(role.strip())) {
                            throw new IllegalStateException(name + ": unknown role '" + role.strip() + "'");
                        }
                        roles.add(role.strip());
                    }
                }
                clients.put(client, Set.copyOf(roles));
            }
        }
        String clientId = required.apply("client-id");
        String issuer = required.apply("issuer");
        return new ProviderSettings(id, optional.apply("label"), issuer.endsWith("/")
                ? issuer.substring(0, issuer.length() - 1) : issuer, clientId, required.apply("client-secret"),
                List.of(value.apply(prefix + "scopes").orElse("openid profile email").trim().split("[\\s,]+")),
                value.apply(prefix + "username-claim").orElse("preferred_username"),
                value.apply(prefix + "email-claim").orElse("email"),
                value.apply(prefix + "name-claim").orElse("name"),
                value.apply(prefix + "groups-claim").orElse("groups"),
                new GroupMapping(groups),
                value.apply(prefix + "api-audience").orElse(clientId),
                Map.copyOf(clients),
                Integer.parseInt(value.apply(prefix + "clock-skew-seconds").orElse("60")));
    }
}
