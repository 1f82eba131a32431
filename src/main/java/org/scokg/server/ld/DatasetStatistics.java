package org.scokg.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.scokg.vocab.Vocab;

/**
 * The counts the dataset description and the service description publish, over the union of the
 * named graphs (a triple in two graphs counts once, as in {@code GRAPH <urn:x-arq:UnionGraph>}).
 *
 * <p>They are taken in two ordered passes and little memory, whatever the size of the data: the quads
 * in subject order (a triple's copies in several graphs come together, and so do a subject's
 * triples, its types among them), and the objects in order. On TDB2 the passes read the
 * {@code SPOG} and {@code OSPG} indexes as node ids, decoding only a node that must be looked at (a
 * new subject, a class, a property, the target of an {@code owl:sameAs}); another dataset (in memory,
 * hence small) is sorted first.
 */
public record DatasetStatistics(long triples, long entities, long distinctSubjects, long distinctObjects,
        Map<String, long[]> classes, Map<String, Long> properties, Map<String, Long> graphs, long articles,
        long wikidataLinks) {

    /** For a class: {@code [instances, triples about them]}. */
    public static DatasetStatistics compute(DatasetGraph dataset) {
        long articles = Sparql.count(dataset, "SELECT (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?a { ?a a sco:Article } }");
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph storage = DatabaseState.storage(dataset);
            DatasetGraphTDB tdb = TDBInternal.isTDB2(storage) ? TDBInternal.getDatasetGraphTDB(storage) : null;
            if (tdb != null) {
                Function<NodeId, Node> decode = id -> TDBInternal.getNode(tdb, id);
                return new Count<>(decode, TDBInternal.getNodeId(tdb, RDF.type.asNode()), TDBInternal.getNodeId(tdb, OWL.sameAs.asNode()))
                        .run(TDBInternal.findIndex(tdb, "SPOG").all(), objects(TDBInternal.findIndex(tdb, "OSPG")), articles);
            }
            List<Tuple<Node>> quads = new ArrayList<>();
            dataset.find().forEachRemaining(q -> {
                if (!q.isDefaultGraph()) {
                    quads.add(TupleFactory.create4(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
                }
            });
            quads.sort(Comparator.<Tuple<Node>, Node>comparing(t -> t.get(1), NodeCmp::compareRDFTerms)
                    .thenComparing(t -> t.get(2), NodeCmp::compareRDFTerms).thenComparing(t -> t.get(3), NodeCmp::compareRDFTerms));
            List<Node> objects = new ArrayList<>(quads.stream().map(t -> t.get(3)).toList());
            objects.sort(NodeCmp::compareRDFTerms);
            return new Count<>(Function.identity(), RDF.type.asNode(), OWL.sameAs.asNode()).run(quads.iterator(), objects.iterator(), articles);
        });
    }

    private static Iterator<NodeId> objects(TupleIndex ospg) {
        Iterator<Tuple<NodeId>> all = ospg.all();
        return new Iterator<>() {
            public boolean hasNext() {
                return all.hasNext();
            }

            public NodeId next() {
                return all.next().get(3);
            }
        };
    }

    /** One run of the counting, over nodes or node ids ({@code T}); quads as (G, S, P, O) tuples. */
    private static final class Count<T> {
        private final Function<T, Node> decode;
        private final T type;
        private final T sameAs;
        private final Map<T, Long> graphs = new HashMap<>();
        private final Map<T, Long> properties = new HashMap<>();
        private final Map<T, long[]> classes = new HashMap<>();
        private final Set<T> subjectClasses = new HashSet<>();
        private long subjectTriples;
        private long triples;
        private long subjects;
        private long entities;
        private long wikidata;

        Count(Function<T, Node> decode, T type, T sameAs) {
            this.decode = decode;
            this.type = type;
            this.sameAs = sameAs;
        }

        DatasetStatistics run(Iterator<Tuple<T>> quadsBySubject, Iterator<T> objectsInOrder, long articles) {
            T s0 = null;
            T p0 = null;
            T o0 = null;
            while (quadsBySubject.hasNext()) {
                Tuple<T> q = quadsBySubject.next();
                T g = q.get(0);
                T s = q.get(1);
                T p = q.get(2);
                T o = q.get(3);
                graphs.merge(g, 1L, Long::sum);
                if (s.equals(s0) && p.equals(p0) && o.equals(o0)) {
                    continue; // the same triple in another graph
                }
                if (!s.equals(s0)) {
                    endSubject();
                    subjects++;
                    Node subject = decode.apply(s);
                    if (subject.isURI() && subject.getURI().contains("/id/")) {
                        entities++;
                    }
                }
                triples++;
                subjectTriples++;
                properties.merge(p, 1L, Long::sum);
                if (p.equals(type)) {
                    subjectClasses.add(o);
                    classes.computeIfAbsent(o, c -> new long[2])[0]++;
                } else if (p.equals(sameAs)) {
                    Node target = decode.apply(o);
                    if (target.isURI() && target.getURI().startsWith(Vocab.WD)) {
                        wikidata++;
                    }
                }
                s0 = s;
                p0 = p;
                o0 = o;
            }
            endSubject();
            long objects = 0;
            T previous = null;
            while (objectsInOrder.hasNext()) {
                T o = objectsInOrder.next();
                if (!o.equals(previous)) {
                    objects++;
                    previous = o;
                }
            }
            return new DatasetStatistics(triples, entities, subjects, objects, byCount(classes, c -> c[0]), byCount(properties, n -> n),
                    byIri(graphs), articles, wikidata);
        }

        /** The triples about a subject count for each of its classes. */
        private void endSubject() {
            for (T c : subjectClasses) {
                classes.get(c)[1] += subjectTriples;
            }
            subjectClasses.clear();
            subjectTriples = 0;
        }

        /** Keyed by IRI (blank nodes left out), largest first, then by IRI. */
        private <V> Map<String, V> byCount(Map<T, V> counts, Function<V, Long> size) {
            Map<String, V> byIri = byIri(counts);
            Map<String, V> sorted = new LinkedHashMap<>();
            byIri.entrySet().stream().sorted(Comparator.<Map.Entry<String, V>>comparingLong(e -> -size.apply(e.getValue()))
                    .thenComparing(Map.Entry::getKey)).forEach(e -> sorted.put(e.getKey(), e.getValue()));
            return sorted;
        }

        /** Keyed by IRI (blank nodes left out), in IRI order. */
        private <V> Map<String, V> byIri(Map<T, V> counts) {
            Map<String, V> sorted = new java.util.TreeMap<>();
            counts.forEach((key, value) -> {
                Node node = decode.apply(key);
                if (node.isURI()) {
                    sorted.put(node.getURI(), value);
                }
            });
            return new LinkedHashMap<>(sorted);
        }
    }
}
