package org.scokg.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.scokg.wikidata.model.Wikidata;

/**
 * Every Wikidata identifier the project writes has its evidence in data/wikidata/verified.tsv: the
 * properties and items of the export, the status models, the outlets, and the owl:sameAs of the
 * gazetteer's states, organisations and places.
 */
class VerifiedIdsTest {
    private static final Pattern ID = Pattern.compile("\\b[PQ]\\d+\\b");
    private static final Path VERIFIED = Path.of("data/wikidata/verified.tsv");

    @Test
    void everyIdentifierTheExportWritesHasItsEvidence() throws Exception {
        Set<String> rows = rows();
        Set<String> written = new TreeSet<>();
        for (Field f : Wikidata.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && ((String) f.get(null)).matches("[PQ]\\d+")) {
                written.add((String) f.get(null));
            }
        }
        written.addAll(idsOfColumns(Path.of("data/wikidata/status-roles.tsv"), 2, 3));
        written.addAll(idsOfColumns(Path.of("data/wikidata/outlets.tsv"), 1));
        assertTrue(written.contains("P10624") && written.contains("P463"), written.toString());
        written.removeAll(rows);
        assertEquals(Set.of(), written, "identifiers without a row in " + VERIFIED);
    }

    @Test
    void everyQidOfTheGazetteerHasItsEvidence() throws Exception {
        Set<String> rows = rows();
        Set<String> lacking = new TreeSet<>();
        for (String file : List.of("states", "organisations", "places")) {
            Model m = RDFDataMgr.loadModel("data/reference/" + file + ".ttl");
            m.listObjectsOfProperty(OWL.sameAs).forEachRemaining(o -> {
                String qid = Wikidata.qid(o.asResource().getURI());
                if (qid != null && !rows.contains(qid)) {
                    lacking.add(qid);
                }
            });
        }
        assertEquals(Set.of(), lacking, "QIDs of data/reference without a row in " + VERIFIED);
    }

    private static Set<String> rows() throws IOException {
        Set<String> rows = new TreeSet<>();
        for (String line : Files.readAllLines(VERIFIED, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.split("\t", -1);
                assertEquals(3, cols.length, VERIFIED + ": id, label and evidence separated by tabs: " + line);
                assertTrue(cols[0].matches("[PQ]\\d+") && !cols[2].isBlank(), line);
                rows.add(cols[0]);
            }
        }
        return rows;
    }

    private static Set<String> idsOfColumns(Path file, int... columns) throws IOException {
        Set<String> found = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            for (int c : columns) {
                if (c < cols.length && cols[c].matches("[PQ]\\d+")) {
                    found.add(cols[c]);
                }
            }
        }
        return found;
    }

    private static Set<String> ids(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ID.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
