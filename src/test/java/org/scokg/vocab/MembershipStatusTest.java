package org.scokg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The enum and the ontology's concept schemes say the same: notation, scheme membership, and nothing left out. */
class MembershipStatusTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/sco.ttl");

    @Test
    void eachConstantCarriesItsConceptsNotation() {
        for (MembershipStatus s : MembershipStatus.values()) {
            Statement notation = ONTOLOGY.getProperty(s.concept(), SKOS.notation);
            assertEquals(s.notation(), notation == null ? null : notation.getString(), s.name());
            assertEquals(Optional.of(s), MembershipStatus.ofNotation(s.notation()));
            assertEquals(Optional.of(s), MembershipStatus.ofConcept(s.concept()));
        }
    }

    @Test
    void theMembershipStatusesAreTheStatusSchemeAndAllAreRoles() {
        for (MembershipStatus s : MembershipStatus.values()) {
            assertEquals(s.isMembership(), inScheme(s.concept(), SCO.MembershipStatusScheme), s.name());
            assertTrue(inScheme(s.concept(), SCO.ParticipantRoleScheme), s.name());
        }
        long roles = ONTOLOGY.listSubjectsWithProperty(SKOS.inScheme, SCO.ParticipantRoleScheme).toList().size();
        assertEquals(MembershipStatus.values().length, roles, "every concept of the role scheme has a constant");
    }

    @Test
    void anUnknownNotationIsNone() {
        assertFalse(MembershipStatus.ofNotation("Member").isPresent());
        assertEquals("dialogue_partner", MembershipStatus.DIALOGUE_PARTNER.toString());
    }

    private static boolean inScheme(Resource concept, Resource scheme) {
        return ONTOLOGY.contains(concept, SKOS.inScheme, scheme);
    }
}
