package org.scokg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.scokg.article.ArticleRejectedException;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.store.ArticlePipeline;
import org.scokg.store.PreparedArticle;
import org.scokg.vocab.SCO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sco extract}: one article's graph as Turtle on stdout, and each fact with its sentence on stderr. */
@Command(name = "extract", sortOptions = false, header = "Prints what one article yields, as Turtle, without a database.",
        description = "Prints the named graph one article yields, as Turtle, on stdout; on stderr, each fact with the "
                + "sentence it comes from. No database is touched.")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Option(names = "--base", paramLabel = "IRI", defaultValue = SCO.DEFAULT_BASE,
            description = "base of the minted IRIs (default: ${DEFAULT-VALUE})")
    String base;
    @Option(names = "--quiet", description = "leave out the facts and their sentences on stderr")
    boolean quiet;
    @Parameters(paramLabel = "FILE", description = "one article file")
    Path file;

    private final PrintStream out;
    private final PrintStream err;

    ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Iris iris = new Iris(base);
        try {
            PreparedArticle prepared = new ArticlePipeline(FactExtractor.standard(), iris)
                    .prepare(file);
            if (!quiet) {
                err.print(FactListing.of(prepared.extraction()));
            }
            RDFDataMgr.write(out, prepared.model(), RDFFormat.TURTLE_PRETTY);
            return Main.OK;
        } catch (ArticleRejectedException e) {
            err.println("sco extract: refused " + e.getMessage());
            return Main.FAILED;
        }
    }
}
