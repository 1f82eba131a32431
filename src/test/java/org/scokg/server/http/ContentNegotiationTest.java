package org.scokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The choice of format from Accept (RFC 9110 §12.5.1) and of language from Accept-Language. */
class ContentNegotiationTest {
    private static Optional<DocumentFormat> choose(String accept) {
        return ContentNegotiation.choose(accept, DocumentFormat.ALL);
    }

    @Test
    void noHeaderOrAnythingGivesTheServersFirstChoiceHtml() {
        assertEquals(DocumentFormat.HTML, choose(null).orElseThrow());
        assertEquals(DocumentFormat.HTML, choose("").orElseThrow());
        assertEquals(DocumentFormat.HTML, choose("*/*").orElseThrow());
    }

    @Test
    void eachMediaTypeAndAliasPicksItsFormat() {
        assertEquals(DocumentFormat.TURTLE, choose("text/turtle").orElseThrow());
        assertEquals(DocumentFormat.TURTLE, choose("application/x-turtle").orElseThrow());
        assertEquals(DocumentFormat.JSON_LD, choose("application/ld+json").orElseThrow());
        assertEquals(DocumentFormat.JSON_LD, choose("application/json").orElseThrow());
        assertEquals(DocumentFormat.RDF_XML, choose("application/rdf+xml").orElseThrow());
        assertEquals(DocumentFormat.N_TRIPLES, choose("application/n-triples").orElseThrow());
        assertEquals(DocumentFormat.HTML, choose("application/xhtml+xml").orElseThrow());
    }

    @Test
    void qualityValuesDecide() {
        assertEquals(DocumentFormat.JSON_LD, choose("text/turtle;q=0.5, application/ld+json").orElseThrow());
        assertEquals(DocumentFormat.RDF_XML, choose("text/turtle;q=0.2,application/rdf+xml;q=0.9,*/*;q=0.1").orElseThrow());
        assertEquals(DocumentFormat.N_TRIPLES, choose("application/n-triples; q=1.0, text/html; q=0.999").orElseThrow());
    }

    @Test
    void equalQualitiesGoInTheServersOrder() {
        assertEquals(DocumentFormat.TURTLE, choose("application/n-triples;q=0.8, text/turtle;q=0.8").orElseThrow());
    }

    @Test
    void theMostSpecificRangeSetsTheQuality() {
        // text/html is ruled out by its own range even though text/* and */* would allow it.
        assertEquals(DocumentFormat.TURTLE, choose("text/html;q=0, text/*;q=0.9, */*;q=0.1").orElseThrow());
        assertEquals(DocumentFormat.TURTLE, choose("text/*;q=0.9, */*;q=0.1, text/html;q=0.5").orElseThrow());
    }

    @Test
    void aBrowsersAcceptGetsHtml() {
        assertEquals(DocumentFormat.HTML, choose(
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8").orElseThrow());
    }

    @Test
    void jenasOwnAcceptGetsTurtle() {
        assertEquals(DocumentFormat.TURTLE, choose(
                "text/turtle,application/n-triples;q=0.9,application/ld+json;q=0.8,application/rdf+xml;q=0.7,*/*;q=0.5").orElseThrow());
    }

    @Test
    void nothingAcceptableIsEmpty() {
        assertTrue(choose("image/png").isEmpty());
        assertTrue(choose("text/turtle;q=0, application/ld+json;q=0").isEmpty());
        assertTrue(ContentNegotiation.choose("text/html", DocumentFormat.RDF).isEmpty());
    }

    @Test
    void unreadableRangesAreSkipped() {
        assertEquals(DocumentFormat.TURTLE, choose("nonsense, text/turtle").orElseThrow());
        assertEquals(DocumentFormat.TURTLE, choose("text/html;q=2, text/turtle").orElseThrow());
        assertEquals(DocumentFormat.HTML, choose("garbage").orElseThrow());
    }

    @Test
    void languageFromParameterThenAcceptLanguage() {
        assertEquals("id", LanguageNegotiation.choose("id", "en"));
        assertEquals("en", LanguageNegotiation.choose("fr", "en"));
        assertEquals("id", LanguageNegotiation.choose(null, "id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7"));
        assertEquals("en", LanguageNegotiation.choose(null, "en-GB,en;q=0.9,id;q=0.5"));
        assertEquals("id", LanguageNegotiation.choose(null, "in"));
        assertEquals("en", LanguageNegotiation.choose(null, "fr, de"));
        assertEquals("id", LanguageNegotiation.choose(null, "fr, id;q=0.5"));
        assertEquals("en", LanguageNegotiation.choose(null, null));
        assertEquals("en", LanguageNegotiation.choose(null, "*"));
        assertEquals("id", LanguageNegotiation.choose(null, "en;q=0, *"));
    }

    @Test
    void everyFormatIsOfferedUnderItsSuffix() {
        for (DocumentFormat format : DocumentFormat.ALL) {
            assertEquals(format, DocumentFormat.bySuffix(format.suffix()).orElseThrow());
        }
        assertEquals(List.of("ttl", "jsonld", "rdf", "nt"), DocumentFormat.RDF.stream().map(DocumentFormat::suffix).toList());
    }
}
