package nl.publieksacademie.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address of the client a request came from, for the sign-in throttle and the audit log. Behind a load
 * balancer the direct peer is the balancer; then, and only when that peer is listed in {@code pa.trusted-proxies}
 * (comma-separated IP addresses, default none), the client is read from {@code X-Forwarded-For}: the right-most
 * address there that is not itself a trusted proxy. Everything left of it was written by the client and proves
 * nothing. Without trusted proxies the header is ignored, so nobody can pick the address their failures count under.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private Set<String> trusted = Set.of();

    public ClientAddress() {}

    ClientAddress(List<String> trustedProxies) {
        this.trusted = Set.copyOf(trustedProxies);
    }

    @PostConstruct
    void configure() {
        trusted = Set.copyOf(parse(ConfigProvider.getConfig().getOptionalValue("pa.trusted-proxies", String.class)
                .orElse("")));
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), trusted.isEmpty() ? null : request.getHeader("X-Forwarded-For"));
    }

    String of(String peer, String forwardedFor) {
        if (forwardedFor == null || !trusted.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",", -1);
        String nearest = null;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!IP_LITERAL.matcher(hop).matches()) {
                return nearest != null ? nearest : peer;
            }
            nearest = hop;
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return nearest != null ? nearest : peer;
    }

    static List<String> parse(String setting) {
        List<String> addresses = new ArrayList<>();
        if (setting != null) {
            for (String part : setting.split(",")) {
                if (!part.isBlank()) {
                    addresses.add(part.strip());
                }
            }
        }
        return addresses;
    }
}
