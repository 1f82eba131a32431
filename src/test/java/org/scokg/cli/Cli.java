package org.scokg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.scokg.rdf.Iris;
import org.scokg.store.KnowledgeStore;

/** Runs {@link Main#run} with captured output, and looks into the databases it writes. */
final class Cli {
    /** What one run printed and returned. */
    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private Cli() {}

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(args, o, e);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Quads in the named graphs of the database at {@code db}. */
    static long quads(Path db) {
        try (KnowledgeStore store = KnowledgeStore.open(db, Iris.standard())) {
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                        .query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
        }
    }

    /** Every quad of the database at {@code db}, in N-Quads, sorted: two databases hold the same data when these are equal. */
    static List<String> dump(Path db) {
        try (KnowledgeStore store = KnowledgeStore.open(db, Iris.standard())) {
            return Txn.calculateRead(store.dataset(), () -> {
                List<String> quads = new ArrayList<>();
                store.dataset().asDatasetGraph().find().forEachRemaining(q -> quads.add(org.apache.jena.riot.out.NodeFmtLib.str(q)));
                java.util.Collections.sort(quads);
                return quads;
            });
        }
    }

    /** A copy, in memory, of every quad of the database at {@code db}: to compare databases with blank nodes by isomorphism. */
    static DatasetGraph copy(Path db) {
        try (KnowledgeStore store = KnowledgeStore.open(db, Iris.standard())) {
            return Txn.calculateRead(store.dataset(), () -> {
                DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
                store.dataset().asDatasetGraph().find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }

    /** Lets go of the database at {@code db}, so that its directory can be removed. */
    static void release(Path db) {
        KnowledgeStore store = KnowledgeStore.open(db, Iris.standard());
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        store.close();
        TDBInternal.expel(dsg, true);
    }

    /** RFC 4180 records: fields may be quoted, with "" for a quote and line breaks inside quotes. */
    static List<List<String>> csv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    record.add(field.toString());
                    records.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
