package org.scokg.server.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.scokg.server.ld.Addresses;
import org.scokg.server.ld.LinkedDataSettings;
import org.scokg.server.ld.LinkedDataSite;
import org.scokg.vocab.FactKind;
import org.scokg.vocab.FactKinds;
import org.scokg.vocab.SCO;

/**
 * A resource page takes its statement sections, their order and headings, and each statement's summary
 * from the registry of kinds (ontology/display.ttl), in both languages.
 */
class FactSectionsTest {
    private static final String BASE = "http://localhost:3030/";
    private static final Pattern SECTION = Pattern.compile("<section id=\"([^\"]+)\"><h2>([^<]*)</h2><ul class=\"facts\">");

    /** A page resource of class {@code type}, with one statement of every kind pointing at it, each part of its summary filled. */
    private static String page(Resource type, String lang) {
        Model m = ModelFactory.createDefaultModel();
        Resource subject = m.createResource(BASE + "id/subject/x").addProperty(RDF.type, type).addProperty(RDFS.label, "Subject", "en");
        for (FactKind kind : FactKinds.standard().all()) {
            Resource node = m.createResource(BASE + "id/" + kind.pathSegment() + "/feed-1").addProperty(RDF.type, kind.type())
                    .addProperty(SCO.denotes, subject);
            for (int i = 0; i < kind.summary().size(); i++) {
                node.addProperty(kind.summary().get(i).property(), value(kind, i));
            }
        }
        Dataset dataset = DatasetFactory.createTxnMem();
        dataset.addNamedModel(BASE + "id/graph/test", m);
        LinkedDataSite site = new LinkedDataSite(LinkedDataSettings.forBase(BASE), dataset.asDatasetGraph(), Clock.systemUTC());
        Addresses addresses = new Addresses(BASE, BASE, "/sco");
        String iri = subject.getURI();
        PageContext context = new PageContext(addresses, lang, addresses.document(iri) + ".html", Map.of(), Instant.now(), 2025);
        return new ResourcePage(site.describer().describe(iri, 1).orElseThrow(), context, new Vocabulary(site.ontology(), site.prefixes(addresses)),
                addresses.document(iri), null).render();
    }

    private static String value(FactKind kind, int part) {
        return "v-" + kind.pathSegment() + "-" + part;
    }

    private static List<String[]> sections(String html) {
        List<String[]> found = new ArrayList<>();
        Matcher m = SECTION.matcher(html);
        while (m.find()) {
            found.add(new String[] {m.group(1), m.group(2)});
        }
        return found;
    }

    @Test
    void sectionsFollowTheRegistryInOrderWithItsHeadings() {
        for (String lang : List.of("en", "id")) {
            for (Resource type : List.of(SCO.State, SCO.Organisation, SCO.Person, SCO.Meeting)) {
                String html = page(type, lang);
                List<String> expected = new ArrayList<>();
                List<String> shown = new ArrayList<>();
                for (FactKind kind : FactKinds.standard().all()) {
                    kind.sectionFor(type::equals).ifPresent(s -> expected.add(s.anchor() + " " + s.heading().in(lang)));
                }
                sections(html).forEach(s -> shown.add(s[0] + " " + s[1]));
                assertEquals(expected, shown, type + " page in " + lang);
            }
        }
        List<String> onAState = sections(page(SCO.State, "id")).stream().map(s -> s[0] + " " + s[1]).toList();
        assertTrue(onAState.contains("memberships Keanggotaan"), onAState.toString());
        assertFalse(onAState.contains("members Anggota dan mitra"), "members are an organisation's: " + onAState);
        assertTrue(sections(page(SCO.Organisation, "en")).stream().anyMatch(s -> s[1].equals("Members and partners")));
    }

    @Test
    void summariesFollowTheRegistrysTemplates() {
        for (String lang : List.of("en", "id")) {
            String text = page(SCO.State, lang).replaceAll("<[^>]*>", "");
            for (FactKind kind : FactKinds.standard().all()) {
                if (kind.section().isEmpty()) {
                    continue;
                }
                int last = -1;
                for (int i = 0; i < kind.summary().size(); i++) {
                    FactKind.SummaryPart part = kind.summary().get(i);
                    String word = part.word().map(w -> w.in(lang)).orElse(null);
                    String expected = word == null ? value(kind, i)
                            : (i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word) + " " + value(kind, i);
                    int at = text.indexOf(expected);
                    assertTrue(at > last, kind.type().getLocalName() + " in " + lang + ": '" + expected + "' after part " + (i - 1));
                    last = at;
                }
            }
        }
    }
}
