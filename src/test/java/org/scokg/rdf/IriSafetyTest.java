package org.scokg.rdf;

import org.scokg.vocab.SCO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.scokg.article.Corpus;
import org.scokg.reference.Names;

/** IRIs minted from article text hold only safe characters, whatever the text says. */
class IriSafetyTest {
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9/:._#-]*");
    private static final Path HOSTILE = Corpus.FIXTURES.resolve("hostile_names_astana_2024.txt");

    /** IRIs under {@code base} whose path after the base holds another character. */
    private static Set<String> unsafe(Model model, String base) {
        Set<String> bad = new TreeSet<>();
        model.listStatements().forEachRemaining(s -> {
            for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (!n.isURIResource()) {
                    continue;
                }
                String iri = n.asResource().getURI();
                if (iri.startsWith(base) && !SAFE_PATH.matcher(iri.substring(base.length())).matches()) {
                    bad.add(iri);
                }
                if (IRIx.create(iri).hasViolations()) {
                    bad.add(iri + " (not a valid IRI)");
                }
            }
        });
        return bad;
    }

    @Test
    void theHostileFixtureMintsPeopleAndFacts() {
        Model model = WrittenGraphs.standard().get(HOSTILE);
        assertTrue(model != null, "fixture missing: " + HOSTILE);
        assertTrue(model.contains(null, RDF.type, SCO.Person), "the fixture names people that are not in the gazetteer");
        assertTrue(model.contains(null, RDF.type, SCO.Meeting));
    }

    @Test
    void everyMintedIriIsSafe() {
        Map<Path, Model> graphs = WrittenGraphs.standard();
        Set<String> bad = new TreeSet<>();
        graphs.values().forEach(m -> bad.addAll(unsafe(m, SCO.DEFAULT_BASE)));
        assertTrue(bad.isEmpty(), "IRIs with unsafe characters: " + bad);
    }

    @Test
    void everyMintedIriIsSafeUnderAnotherBase() {
        String base = "https://example.org/kg/";
        Model model = WrittenGraphs.write(new Iris(base)).get(HOSTILE);
        assertTrue(model.listSubjects().toList().stream().anyMatch(r -> r.isURIResource() && r.getURI().startsWith(base + "id/")),
                "the other base is used");
        Set<String> bad = unsafe(model, base);
        assertTrue(bad.isEmpty(), "IRIs with unsafe characters: " + bad);
    }

    @Test
    void slugsAreSafe() {
        for (String text : List.of("Jean-Luc \"JL\" <Picard> & Co", "Zorba O'Neil |Uji| %20", "  ", "<>", "Kassym-Jomart Tokayev",
                "Ñuñoa Ürümqi Çelik", "a".repeat(200))) {
            String slug = Names.slug(text);
            assertTrue(slug.matches("[a-z0-9-]+"), text + " -> " + slug);
            assertTrue(slug.length() <= 80, slug);
        }
        assertEquals("jean-luc-jl-picard-co", Names.slug("Jean-Luc \"JL\" <Picard> & Co"));
        assertEquals("urumqi", Names.slug("Ürümqi"));
    }

    @Test
    void personIrisAreSlugged() {
        Iris iris = Iris.standard();
        String iri = iris.person("Budi <b>Santoso</b> \"X\"");
        assertTrue(iri.startsWith(SCO.DEFAULT_BASE + "id/person/"), iri);
        assertTrue(SAFE_PATH.matcher(iri.substring(SCO.DEFAULT_BASE.length())).matches(), iri);
    }
}
