package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** Every subject IRI the seeds put under {@code /id/} dereferences: 303, then 200 with triples about it. */
class WalkEverySubjectTest {
    @Test
    void everySubjectDereferences() {
        SeedServer seed = SeedServer.get();
        List<String> subjects = Txn.calculateRead(seed.dataset(), () -> {
            List<String> iris = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(seed.dataset()).query("SELECT DISTINCT ?s { GRAPH ?g { ?s ?p ?o } "
                    + "FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"" + seed.root + "id/\")) } ORDER BY ?s").build()) {
                qe.execSelect().forEachRemaining(row -> iris.add(row.getResource("s").getURI()));
            }
            return iris;
        });
        assertTrue(subjects.size() > 100, "the seeds have " + subjects.size() + " subjects");
        List<String> failures = new ArrayList<>();
        for (String iri : subjects) {
            HttpResponse<byte[]> redirect = Client.get(iri, "Accept", "text/turtle");
            if (redirect.statusCode() != 303) {
                failures.add(iri + ": " + redirect.statusCode());
                continue;
            }
            HttpResponse<byte[]> document = Client.get(Client.header(redirect, "Location"), "Accept", "text/turtle");
            if (document.statusCode() != 200) {
                failures.add(iri + " -> " + Client.header(redirect, "Location") + ": " + document.statusCode());
                continue;
            }
            Model m = Client.rdf(document, seed.root);
            if (!m.listStatements(m.createResource(iri), null, (RDFNode) null).hasNext()) {
                failures.add(iri + ": its document says nothing about it");
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + subjects.size() + " subjects failed");
    }
}
