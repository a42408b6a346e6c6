package nl.publieksacademie.identity.scim;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.publieksacademie.identity.GroupMapping;
import nl.publieksacademie.identity.IdentityProviders;
import org.eclipse.microprofile.config.Config;

/**
 * SCIM as configured: the provisioning client's bearer token ({@code pa.scim.token-sha256}, the SHA-256 of the token
 * in hex, so the secret itself is not in the configuration; or {@code pa.scim.token}), the name its changes are
 * audited under ({@code pa.scim.client}, default {@code scim}) and what its groups give: the table of the identity
 * provider named by {@code pa.scim.provider} (the same {@code pa.oidc.<id>.groups.} entries single sign-on uses) and
 * entries of its own, {@code pa.scim.groups.<group>=role:learner,team:…,jobrole:…}, read by {@link GroupMapping}.
 * Without a token SCIM is off.
 */
@ApplicationScoped
public class ScimSettings {

    static final String PREFIX = "pa.scim.";

    @Inject
    Config config;

    @Inject
    IdentityProviders providers;

    private byte[] tokenHash;
    private volatile GroupMapping mapping;

    @PostConstruct
    void read() {
        String hash = config.getOptionalValue(PREFIX + "token-sha256", String.class).map(String::strip).orElse("");
        String token = config.getOptionalValue(PREFIX + "token", String.class).orElse("");
        if (!hash.isEmpty()) {
            try {
                tokenHash = HexFormat.of().parseHex(hash.toLowerCase());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(PREFIX + "token-sha256 is not hexadecimal", e);
            }
            if (tokenHash.length != 32) {
                throw new IllegalStateException(PREFIX + "token-sha256 must be 64 hexadecimal digits (SHA-256)");
            }
        } else if (!token.isBlank()) {
            if (token.length() < 20) {
                throw new IllegalStateException(PREFIX + "token must be at least 20 characters");
            }
            tokenHash = sha256(token);
        }
    }

    public boolean enabled() {
        return tokenHash != null;
    }

    /** Whether {@code presented} is the configured token: their hashes compared in constant time. */
    public boolean accepts(String presented) {
        return tokenHash != null && presented != null && MessageDigest.isEqual(tokenHash, sha256(presented));
    }

    public String client() {
        return config.getOptionalValue(PREFIX + "client", String.class).filter(c -> !c.isBlank()).orElse("scim");
    }

    /** What groups give: the provider's table ({@code pa.scim.provider}) with {@code pa.scim.groups.} over it. */
    public GroupMapping mapping() {
        GroupMapping known = mapping;
        if (known == null) {
            Map<String, List<String>> table = new TreeMap<>();
            config.getOptionalValue(PREFIX + "provider", String.class).filter(p -> !p.isBlank()).ifPresent(id ->
                    table.putAll(providers.byId(id.strip()).orElseThrow(() -> new IllegalStateException(PREFIX
                            + "provider names no provider of pa.oidc.providers: " + id)).groups().table()));
            String groups = PREFIX + "groups.";
            for (String name : config.getPropertyNames()) {
                if (name.startsWith(groups)) {
                    String group = name.substring(groups.length());
                    table.put(group, GroupMapping.parse(group, config.getOptionalValue(name, String.class)
                            .orElse("")));
                }
            }
            known = new GroupMapping(table);
            mapping = known;
        }
        return known;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
