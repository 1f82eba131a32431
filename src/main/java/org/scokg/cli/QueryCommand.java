package org.scokg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.scokg.rdf.Iris;
import org.scokg.rdf.OntologyNamespace;
import org.scokg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sco query}: a named or file query against the database, as SPARQL results. */
@Command(name = "query", sortOptions = false, header = "Runs queries/NAME.rq (or a file) against the database.",
        description = {
            "Runs queries/NAME.rq, or the query in FILE.rq, against the database. The default graph is the union of "
                    + "all article graphs. Queries name the ontology as http://localhost:3030/def/sco#; on a database "
                    + "loaded with --base that namespace is read as the database's own (<base>def/sco#).",
            "Output: SPARQL 1.1 CSV results by default."},
        footer = {"", "Example: sco query members-as-of --param asOf=2020-01-01"})
final class QueryCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Mixin
    DatabaseOption db;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", completionCandidates = ResultFormat.Names.class,
            converter = ResultFormat.Converter.class, description = "one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    ResultFormat format;
    @Option(names = "--param", paramLabel = "NAME=VALUE", converter = QueryParameter.Converter.class,
            description = "binds a variable of the query before it runs (never spliced into its text), repeatable: "
                    + "Q148 -> the Wikidata entity, http(s)://... -> that IRI, 2024-07-04 -> an xsd:date, "
                    + "digits -> an integer, anything else -> a string")
    List<QueryParameter> params = List.of();
    @Parameters(paramLabel = "NAME|FILE.rq", description = "a query name from queries/ (or packaged in the jar), or a query file")
    String query;

    private final PrintStream out;
    private final PrintStream err;

    QueryCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        String text;
        try {
            text = queryText(query);
        } catch (IOException e) {
            err.println("sco query: " + e.getMessage());
            return Main.FAILED;
        }
        if (!Files.isDirectory(db.directory)) {
            err.println(db.missing("sco query"));
            return Main.FAILED;
        }
        try (KnowledgeStore store = KnowledgeStore.open(db.directory, Iris.standard())) {
            store.read(dataset -> {
                var builder = QueryExecution.dataset(dataset).query(namespaced(text, dataset.asDatasetGraph()));
                params.forEach(p -> builder.substitution(p.name(), p.value()));
                try (QueryExecution qe = builder.build()) {
                    format.write(out, qe.execSelect());
                }
            });
            return Main.OK;
        } catch (QueryParseException e) {
            err.println("sco query: the query does not parse: " + e.getMessage());
            return Main.FAILED;
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
