package org.scokg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.scokg.store.DatabaseException;

/** {@code sco COMMAND ...}: load, serve, query, extract. Results go to stdout, logs to stderr. */
public final class Main {
    private static final String USAGE = """
            usage: sco COMMAND [OPTIONS]
              load    [--db DIR] [--base IRI] [--batch N] [--max-size BYTES] [--skip-invalid] FILE|DIR...
                      read articles, extract facts, write one named graph per article
              serve   [--db DIR] [--port 3030] [--base IRI] [--articles DIR]
                      load data/articles when the database is empty, then serve it with Fuseki
              query   [--db DIR] NAME|FILE.rq [--format csv|tsv|json|text]
                      run queries/NAME.rq (or a file) against the database
              extract [--base IRI] FILE
                      print what one article yields, as Turtle, without a database
              wikidata refresh|diff|export [--db DIR] [--format ...]
                      the graph against a Wikidata snapshot; export what Wikidata lacks (QuickStatements, RDF)
            Every command takes --help.
            """;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "load" -> new LoadCommand(out, err).run(rest);
                case "serve" -> new ServeCommand(out, err).run(rest);
                case "query" -> new QueryCommand(out, err).run(rest);
                case "extract" -> new ExtractCommand(out, err).run(rest);
                case "wikidata" -> new WikidataCommand(out, err).run(rest);
                default -> {
                    err.println("sco: unknown command '" + args[0] + "'");
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (Options.UsageException e) {
            err.println("sco " + args[0] + ": " + e.getMessage() + " (see: sco " + args[0] + " --help)");
            return 2;
        } catch (DatabaseException e) {
            err.println("sco " + args[0] + ": " + e.getMessage());
            return 1;
        }
    }
}
