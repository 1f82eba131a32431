package org.scokg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.scokg.rdf.Iris;
import org.scokg.store.KnowledgeStore;

/** {@code sco query}: a named or file query against the database, as SPARQL results. */
final class QueryCommand {
    private static final String HELP = """
            usage: sco query [--db DIR] NAME|FILE.rq [--format csv|tsv|json|text]
              Runs queries/NAME.rq, or the query in FILE.rq, against the database at DIR
              (default run/tdb2). The default graph is the union of all article graphs.
              Output: SPARQL 1.1 CSV results by default.
            """;

    private final PrintStream out;
    private final PrintStream err;

    QueryCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Options o = new Options(args, Set.of("--db", "--format"), Set.of());
        if (o.help) {
            out.print(HELP);
            return 0;
        }
        if (o.positional.size() != 1) {
            throw new Options.UsageException("name one query: a name from queries/ or a .rq file");
        }
        String format = o.get("--format", "csv");
        if (!Set.of("csv", "tsv", "json", "text").contains(format)) {
            throw new Options.UsageException("--format is one of csv, tsv, json, text");
        }
        String query;
        try {
            query = queryText(o.positional.get(0));
        } catch (IOException e) {
            err.println("sco query: " + e.getMessage());
            return 1;
        }
        Path db = Path.of(o.get("--db", LoadCommand.DEFAULT_DB));
        if (!Files.isDirectory(db)) {
            err.println("sco query: no database at " + db + "; load articles first: sco load --db " + db + " data/articles");
            return 1;
        }
        try (KnowledgeStore store = KnowledgeStore.open(db, Iris.standard())) {
            store.read(dataset -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                    ResultSet results = qe.execSelect();
                    switch (format) {
                        case "tsv" -> ResultSetFormatter.outputAsTSV(out, results);
                        case "json" -> ResultSetFormatter.outputAsJSON(out, results);
                        case "text" -> ResultSetFormatter.out(out, results);
                        default -> ResultSetFormatter.outputAsCSV(out, results);
                    }
                }
            });
            return 0;
        } catch (QueryParseException e) {
            err.println("sco query: the query does not parse: " + e.getMessage());
            return 1;
        }
    }

    static String queryText(String nameOrFile) throws IOException {
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq")) {
            if (!Files.isRegularFile(file)) {
                throw new IOException(nameOrFile + ": no such query file");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        if (!nameOrFile.matches("[A-Za-z0-9_-]+")) {
            throw new IOException("'" + nameOrFile + "' is neither a query name nor a .rq file");
        }
        Path named = Path.of("queries", nameOrFile + ".rq");
        if (Files.isRegularFile(named)) {
            return Files.readString(named, StandardCharsets.UTF_8);
        }
        try (InputStream in = QueryCommand.class.getResourceAsStream("/queries/" + nameOrFile + ".rq")) {
            if (in == null) {
                throw new IOException("no query named '" + nameOrFile + "' (look in queries/ for the names)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
