package org.scokg.server.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.scokg.server.ld.Addresses;
import org.scokg.server.ld.LinkedDataSettings;
import org.scokg.server.ld.LinkedDataSite;
import org.scokg.server.ld.LinkedDataVocab;
import org.scokg.vocab.SCO;
import org.scokg.vocab.Vocab;

/** The names of terms on the pages: the site's messages for standard terms, the ontology's labels for its own. */
class VocabularyTest {
    @Test
    void termsAreNamedInTheReadersLanguage() {
        String base = "http://localhost:3030/";
        LinkedDataSite site = new LinkedDataSite(LinkedDataSettings.forBase(base), DatasetGraphFactory.createTxnMem(), Clock.systemUTC());
        try {
            Vocabulary vocabulary = new Vocabulary(site.ontology(), site.prefixes(new Addresses(base, base, "/sco")));
            assertEquals("also known as", vocabulary.label(SKOS.altLabel.getURI(), "en"));
            assertEquals("dikenal juga sebagai", vocabulary.label(SKOS.altLabel.getURI(), "id"));
            assertEquals("tentang", vocabulary.label(LinkedDataVocab.primaryTopic.getURI(), "id"));
            assertEquals("nilai angka", vocabulary.label(Vocab.numericValue.getURI(), "id"));
            assertEquals("Keanggotaan", vocabulary.label(SCO.Membership.getURI(), "id"), "the ontology's own label");
            assertEquals("unheardOf", vocabulary.label("http://example.org/ns#unheardOf", "id"), "else the local name");
        } finally {
            site.close();
        }
    }
}
