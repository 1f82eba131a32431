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
import org.apache.jena.sparql.core.DatasetGraph;
import org.scokg.rdf.Iris;
import org.scokg.rdf.OntologyNamespace;
import org.scokg.store.KnowledgeStore;

/** {@code sco query}: a named or file query against the database, as SPARQL results. */
final class QueryCommand {
    private static final String HELP = """
            usage: sco query [--db DIR] NAME|FILE.rq [--format csv|tsv|json|text] [--param NAME=VALUE]...
              Runs queries/NAME.rq, or the query in FILE.rq, against the database at DIR
              (default run/tdb2). The default graph is the union of all article graphs. Queries name
              the ontology as http://localhost:3030/def/sco#; on a database loaded with --base
              that namespace is read as the database's own (<base>def/sco#).
              Output: SPARQL 1.1 CSV results by default.
              --param binds a variable of the query before it runs (never spliced into its text):
                Q148 -> the Wikidata entity, http(s)://... -> that IRI, 2024-07-04 -> an xsd:date,
                digits -> an integer, anything else -> a string. Example:
                sco query members-as-of --param asOf=2020-01-01
            """;

    private final PrintStream out;
    private final PrintStream err;

    QueryCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        java.util.Map<String, org.apache.jena.rdf.model.RDFNode> params = new java.util.LinkedHashMap<>();
        List<String> rest = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--param")) {
                if (i + 1 >= args.size()) {
                    throw new Options.UsageException("--param needs NAME=VALUE");
                }
                QueryParameters.parse(args.get(++i), params);
            } else {
                rest.add(args.get(i));
            }
        }
        Options o = new Options(rest, Set.of("--db", "--format"), Set.of());
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
                var builder = QueryExecution.dataset(dataset).query(namespaced(query, dataset.asDatasetGraph()));
                params.forEach(builder::substitution);
                try (QueryExecution qe = builder.build()) {
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

    /**
     * The query with the ontology's namespace as the database names it: queries (ours, and the README's)
     * are written with the default base's {@code sco:}, a database loaded with {@code --base} has its own.
     */
    static String namespaced(String query, DatasetGraph dataset) {
        return OntologyNamespace.of(dataset).deployedQuery(query);
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
