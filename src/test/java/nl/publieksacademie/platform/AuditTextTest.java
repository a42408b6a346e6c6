package nl.publieksacademie.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Addresses in the audit log read as a person expects them. */
class AuditTextTest {

    @Test
    void theLoopbackAddressesAreThisComputerInShortForm() {
        assertEquals("::1 (deze computer)", AuditText.address(Locale.ROOT, "0:0:0:0:0:0:0:1", "deze computer"));
        assertEquals("127.0.0.1 (deze computer)", AuditText.address(Locale.ROOT, "127.0.0.1", "deze computer"));
        assertEquals("10.1.2.3", AuditText.address(Locale.ROOT, "10.1.2.3", "deze computer"));
    }

    @Test
    void ipv6IsWrittenShort() {
        assertEquals("2001:db8::1", AuditText.shortIpv6("2001:0db8:0:0:0:0:0:1"));
        assertEquals("fe80::1:0:0:2", AuditText.shortIpv6("fe80:0:0:0:1:0:0:2"));
        assertEquals("1:0:2:3:4:5:6:7", AuditText.shortIpv6("1:0:2:3:4:5:6:7"));
        assertEquals("::", AuditText.shortIpv6("0:0:0:0:0:0:0:0"));
    }
}
