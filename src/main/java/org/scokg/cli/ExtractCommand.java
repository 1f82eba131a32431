package org.scokg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.scokg.article.ArticleRejectedException;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.store.ArticlePipeline;
import org.scokg.store.PreparedArticle;

/** {@code sco extract}: one article's graph as Turtle on stdout, and each fact with its sentence on stderr. */
final class ExtractCommand {
    private static final String HELP = """
            usage: sco extract [--base IRI] [--quiet] FILE
              Prints the named graph one article yields, as Turtle, on stdout; on stderr, each fact
              with the sentence it comes from (--quiet leaves that out). No database is touched.
            """;

    private final PrintStream out;
    private final PrintStream err;

    ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Options o = new Options(args, Set.of("--base"), Set.of("--quiet"));
        if (o.help) {
            out.print(HELP);
            return 0;
        }
        if (o.positional.size() != 1) {
            throw new Options.UsageException("name one article file");
        }
        Iris iris = new Iris(o.get("--base", Iris.standard().base()));
        try {
            PreparedArticle prepared = new ArticlePipeline(FactExtractor.standard(), iris)
                    .prepare(Path.of(o.positional.get(0)));
            if (!o.has("--quiet")) {
                err.print(FactListing.of(prepared.extraction()));
            }
            RDFDataMgr.write(out, prepared.model(), RDFFormat.TURTLE_PRETTY);
            return 0;
        } catch (ArticleRejectedException e) {
            err.println("sco extract: refused " + e.getMessage());
            return 1;
        }
    }
}
