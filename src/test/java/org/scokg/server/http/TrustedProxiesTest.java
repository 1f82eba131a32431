package org.scokg.server.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.scokg.server.ld.LinkedDataSettings;

class TrustedProxiesTest {
    @Test
    void noneByDefaultNotEvenLoopback() {
        for (TrustedProxies none : new TrustedProxies[] {TrustedProxies.NONE, TrustedProxies.parse(null), TrustedProxies.parse(" ")}) {
            assertFalse(none.trusts("127.0.0.1"));
            assertFalse(none.trusts("[0:0:0:0:0:0:0:1]"));
        }
        assertFalse(LinkedDataSettings.forBase("http://localhost:3030/").trustedProxies().trusts("127.0.0.1"));
    }

    @Test
    void addressesAndNetworks() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.0.2.7 ::1,fd00::/8");
        assertTrue(proxies.trusts("10.200.3.4"));
        assertFalse(proxies.trusts("11.0.0.1"));
        assertTrue(proxies.trusts("192.0.2.7"));
        assertFalse(proxies.trusts("192.0.2.8"));
        assertTrue(proxies.trusts("[0:0:0:0:0:0:0:1]"), "as Jetty writes an IPv6 peer");
        assertTrue(proxies.trusts("::1"));
        assertTrue(proxies.trusts("fd12:3456::1"));
        assertFalse(proxies.trusts("fe80::1"));
        assertTrue(proxies.trusts("::ffff:10.0.0.1"), "an IPv4-mapped address is the IPv4 one");
        assertFalse(proxies.trusts("127.0.0.1"));
        assertFalse(proxies.trusts("unknown"));
        assertTrue(TrustedProxies.parse("0.0.0.0/0").trusts("203.0.113.1"));
    }

    @Test
    void anythingButAnAddressIsRefusedWithTheEntryNamed() {
        for (String bad : new String[] {"proxy.example.com", "10.0.0.0/33", "300.1.1.1", "10.0.0.0/x", "::1/129"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("127.0.0.1, " + bad));
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
    }

    @Test
    void theConfigurationFileNamesThem() {
        Model config = ModelFactory.createDefaultModel();
        config.createResource("urn:x:server").addProperty(LinkedDataSettings.TRUSTED_PROXIES, "10.0.0.5")
                .addProperty(LinkedDataSettings.TRUSTED_PROXIES, "fd00::/8, 192.0.2.1");
        TrustedProxies proxies = LinkedDataSettings.fromEnvironment(config).trustedProxies();
        assertTrue(proxies.trusts("10.0.0.5"));
        assertTrue(proxies.trusts("fd00::5"));
        assertTrue(proxies.trusts("192.0.2.1"));
        assertFalse(proxies.trusts("10.0.0.6"));
    }
}
