package org.scokg.wikidata.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.scokg.wikidata.model.WikidataTime;
import org.scokg.wikidata.snapshot.Snapshot;

/** The diff's judgements, one case each, against a snapshot written in Wikibase RDF. */
public class DiffTest {
    static final String SCO = "Q485207";
    /** Stands for a role item nobody modelled, in these tests only; no real mapping. */
    static final String UNMODELLED_ROLE = "Q90000009";
    /** The models of data/wikidata/status-roles.tsv. */
    public static final StatusRoles ROLES = StatusRoles.parse("test", List.of(
            "FullMember\tmember\tP463\t-\tplain P463",
            "Observer\tobserver\tP10624\t-\tofficial observer status in organization",
            "DialoguePartner\tdialogue partner\t\t\tnot verified"));

    static Snapshot snapshot(String statements) {
        String turtle = """
                PREFIX wd: <http://www.wikidata.org/entity/>
                PREFIX p: <http://www.wikidata.org/prop/>
                PREFIX ps: <http://www.wikidata.org/prop/statement/>
                PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
                PREFIX pqv: <http://www.wikidata.org/prop/qualifier/value/>
                PREFIX wikibase: <http://wikiba.se/ontology#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX dct: <http://purl.org/dc/terms/>
                <urn:x-sco-kg:wikidata-snapshot> dct:modified "2026-11-30" ;
                    dct:subject wd:Q184, wd:Q265, wd:Q711, wd:Q819 .
                """ + statements;
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(turtle)).lang(Lang.TURTLE).parse(m);
        return Snapshot.of(m, Path.of("test-snapshot.ttl"));
    }

    static GraphMembership fact(String qid, String status, String start, String end) {
        return new GraphMembership("http://localhost:3030/id/membership/x-" + qid + status, "http://localhost:3030/id/state/" + qid,
                "State " + qid, Optional.of(qid), "http://localhost:3030/id/org/sco", "Shanghai Cooperation Organisation",
                Optional.of(SCO), status, Optional.ofNullable(start).map(WikidataTime::ofLexical),
                Optional.ofNullable(end).map(WikidataTime::ofLexical), 0.9,
                new ArticleSource("http://localhost:3030/id/article/abc", "Kalimat.", Optional.empty(), Optional.empty(), "id",
                        Optional.empty(), Optional.empty(), Optional.empty()));
    }

    static Finding one(Snapshot snapshot, GraphMembership... facts) {
        return new Diff(snapshot, ROLES).compare(List.of(facts)).get(0);
    }

    static final String UZBEKISTAN_SINCE_DAY = """
            wd:Q265 p:P463 [ ps:P463 wd:Q485207 ; pq:P580 "2001-06-15T00:00:00Z"^^xsd:dateTime ;
                pqv:P580 [ wikibase:timeValue "2001-06-15T00:00:00Z"^^xsd:dateTime ; wikibase:timePrecision 11 ] ] .
            """;

    @Test
    void aYearAgreesWithADayInThatYearSoNoSecondStartTimeIsProposed() {
        Finding f = one(snapshot(UZBEKISTAN_SINCE_DAY), fact("Q265", "FullMember", "2001", null));
        assertEquals(Finding.Kind.AGREES, f.kind(), f.detail());
    }

    @Test
    void anotherStartDateIsAConflict() {
        Finding f = one(snapshot(UZBEKISTAN_SINCE_DAY), fact("Q265", "FullMember", "2002-06-15", null));
        assertEquals(Finding.Kind.CONFLICT, f.kind());
        assertEquals("other start date: Wikidata 2001-06-15, the article 2002-06-15", f.detail());
    }

    @Test
    void aStatementWithoutStartTimeGetsTheArticlesAsAQualifier() {
        Finding f = one(snapshot("wd:Q265 p:P463 [ ps:P463 wd:Q485207 ] ."), fact("Q265", "FullMember", "2001", null));
        assertEquals(Finding.Kind.ADDS_QUALIFIER, f.kind());
        assertEquals(Optional.of("P580"), f.missing());
    }

    @Test
    void aMemberWhereWikidataHasAnObserverStatusWithoutEndIsMemberAndObserverAtOnce() {
        Snapshot s = snapshot("wd:Q184 p:P10624 [ ps:P10624 wd:Q485207 ] .");
        Finding f = one(s, fact("Q184", "FullMember", "2024-07-04", null));
        assertEquals(Finding.Kind.CONFLICT, f.kind());
        assertTrue(f.detail().contains("member and observer at once"), f.detail());
    }

    @Test
    void anObserverStatusThatEndedDoesNotConflictWithMembership() {
        Snapshot s = snapshot("wd:Q184 p:P10624 [ ps:P10624 wd:Q485207 ; pq:P582 \"2024-07-04T00:00:00Z\"^^xsd:dateTime ] .");
        assertEquals(Finding.Kind.NEW, one(s, fact("Q184", "FullMember", "2024-07-04", null)).kind());
    }

    @Test
    void wikidatasObserverStatementMatchesTheGraphsObserverAndAMembershipIsNotOne() {
        Snapshot s = snapshot("wd:Q711 p:P10624 [ ps:P10624 wd:Q485207 ; pq:P580 \"2004-01-01T00:00:00Z\"^^xsd:dateTime ] .");
        assertEquals(Finding.Kind.AGREES, one(s, fact("Q711", "Observer", "2004", null)).kind());
        Snapshot member = snapshot("wd:Q711 p:P463 [ ps:P463 wd:Q485207 ] .");
        Finding f = one(member, fact("Q711", "Observer", "2004", null));
        assertEquals(Finding.Kind.CONFLICT, f.kind());
        assertTrue(f.detail().contains("observer and member at once"), f.detail());
    }

    @Test
    void aMembershipWithARoleNoModelNamesIsAnotherStatus() {
        Snapshot s = snapshot("wd:Q184 p:P463 [ ps:P463 wd:Q485207 ; pq:P2868 wd:" + UNMODELLED_ROLE + " ] .");
        Finding f = one(s, fact("Q184", "FullMember", "2024-07-04", null));
        assertEquals(Finding.Kind.CONFLICT, f.kind());
        assertTrue(f.detail().startsWith("Wikidata has P463 with role " + UNMODELLED_ROLE + " with no end time"), f.detail());
    }

    @Test
    void anEntityTheSnapshotDoesNotCoverCannotBeCompared() {
        Finding f = one(snapshot(""), fact("Q148", "FullMember", null, null));
        assertEquals(Finding.Kind.UNMAPPED, f.kind());
        assertTrue(f.detail().contains("sco wikidata refresh"), f.detail());
    }

    @Test
    void aStatusTheGraphSaysWasSupersededLaterConflictsUnlessItHasAnEnd() {
        GraphMembership observer = fact("Q184", "Observer", "2015", null);
        GraphMembership member = fact("Q184", "FullMember", "2024-07-04", null);
        List<Finding> findings = new Diff(snapshot(""), ROLES).compare(List.of(observer, member));
        assertEquals(Finding.Kind.CONFLICT, findings.get(0).kind(), findings.get(0).detail());
        assertEquals(Finding.Kind.NEW, findings.get(1).kind());
        GraphMembership endedObserver = fact("Q184", "Observer", "2015", "2024-07-04");
        assertEquals(Finding.Kind.NEW, new Diff(snapshot(""), ROLES).compare(List.of(endedObserver, member)).get(0).kind());
    }
}
