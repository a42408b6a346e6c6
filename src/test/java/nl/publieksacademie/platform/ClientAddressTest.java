package nl.publieksacademie.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindNginx = new ClientAddress(List.of("127.0.0.1", "10.0.0.5"));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddress none = new ClientAddress(List.of());
        assertEquals("127.0.0.1", none.of("127.0.0.1", "203.0.113.9"));
        assertEquals("198.51.100.7", none.of("198.51.100.7", null));
    }

    @Test
    void aTrustedProxyPassesOnTheClientItSaw() {
        assertEquals("203.0.113.9", behindNginx.of("127.0.0.1", "203.0.113.9"));
        assertEquals("2001:db8::1", behindNginx.of("10.0.0.5", " 2001:db8::1 "));
    }

    @Test
    void anUntrustedPeerCannotChooseItsAddress() {
        // a client talking to a node directly sends the header to escape its own throttle
        assertEquals("198.51.100.7", behindNginx.of("198.51.100.7", "203.0.113.9"));
    }

    @Test
    void onlyTheAddressesAddedByTrustedProxiesCount() {
        // the client wrote "1.2.3.4" itself; nginx appended what it saw; a second trusted hop appended nginx
        assertEquals("203.0.113.9", behindNginx.of("127.0.0.1", "1.2.3.4, 203.0.113.9"));
        assertEquals("203.0.113.9", behindNginx.of("127.0.0.1", "1.2.3.4, 203.0.113.9, 10.0.0.5"));
    }

    @Test
    void garbageInTheHeaderFallsBackToThePeer() {
        assertEquals("127.0.0.1", behindNginx.of("127.0.0.1", ""));
        assertEquals("127.0.0.1", behindNginx.of("127.0.0.1", "unknown"));
        assertEquals("127.0.0.1", behindNginx.of("127.0.0.1", "203.0.113.9; drop table"));
        assertEquals("127.0.0.1", behindNginx.of("127.0.0.1", "x".repeat(100)));
        // every address in the header is a trusted proxy: the nearest one is the client as far as anyone knows
        assertEquals("10.0.0.5", behindNginx.of("127.0.0.1", "10.0.0.5"));
    }

    @Test
    void theSettingIsACommaSeparatedList() {
        assertEquals(List.of("127.0.0.1", "::1"), ClientAddress.parse(" 127.0.0.1 , ::1,, "));
        assertEquals(List.of(), ClientAddress.parse(""));
        assertEquals(List.of(), ClientAddress.parse(null));
    }
}
