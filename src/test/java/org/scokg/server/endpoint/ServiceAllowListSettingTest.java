package org.scokg.server.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 8, item 5: {@code sco.service.allow} unset allows Wikidata's query service only; empty or {@code none}, nothing. */
class ServiceAllowListSettingTest {
    @Test
    void unsetAllowsWikidataOnly() {
        assertEquals(Set.of("https://query.wikidata.org/sparql"), QueryLimits.serviceAllowList(null));
        QueryLimits defaults = QueryLimits.defaults();
        assertTrue(defaults.serviceAllowed("https://query.wikidata.org/sparql"));
        assertFalse(defaults.serviceAllowed("http://query.wikidata.org/sparql"), "the exact endpoint, not its host");
        assertFalse(defaults.serviceAllowed("https://query.wikidata.org/sparql/../x"));
        assertFalse(defaults.serviceAllowed("http://localhost:3030/sco/sparql"));
    }

    @Test
    void emptyOrNoneTurnsServiceOff() {
        assertEquals(Set.of(), QueryLimits.serviceAllowList(""));
        assertEquals(Set.of(), QueryLimits.serviceAllowList("  "));
        assertEquals(Set.of(), QueryLimits.serviceAllowList("none"));
    }

    @Test
    void aListReplacesTheDefault() {
        assertEquals(Set.of("http://a.example/sparql", "http://b.example/sparql"),
                QueryLimits.serviceAllowList(" http://a.example/sparql,http://b.example/sparql "));
    }
}
