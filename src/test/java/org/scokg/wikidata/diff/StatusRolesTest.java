package org.scokg.wikidata.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The models of the membership statuses, as data/wikidata/status-roles.tsv gives them. */
class StatusRolesTest {

    @Test
    void theProjectsModelsStateMembersWithP463AndObserversWithP10624AndLeaveDialoguePartnersUnmodelled() {
        StatusRoles roles = StatusRoles.load(StatusRoles.DEFAULT);
        assertEquals(Set.of("P463", "P10624"), roles.properties());
        assertEquals("FullMember", roles.ofStatement("P463", Optional.empty()).orElseThrow().status());
        assertEquals("Observer", roles.ofStatement("P10624", Optional.empty()).orElseThrow().status());
        assertTrue(roles.ofStatement("P463", Optional.of("Q90000009")).isEmpty(), "a role no model names is no status of ours");
        assertFalse(roles.of("DialoguePartner").orElseThrow().verified());
    }

    @Test
    void aRoleWithoutAPropertyOrAMalformedIdIsRefusedWithTheLine() {
        for (String line : List.of("Observer\tobserver\t\tQ1\tno property", "Observer\tobserver\tP10624\tobserver\tnot an item",
                "Observer\tobserver\tP10624\t-")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> StatusRoles.parse("roles.tsv", List.of("# header", line)));
            assertTrue(e.getMessage().startsWith("roles.tsv line 2: expected status, label, property"), e.getMessage());
        }
    }
}
