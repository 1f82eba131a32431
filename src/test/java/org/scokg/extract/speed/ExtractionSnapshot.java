package org.scokg.extract.speed;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.scokg.article.ArticleRejectedException;
import org.scokg.extract.FactExtractor;
import org.scokg.extract.analysis.Extraction;
import org.scokg.rdf.Iris;
import org.scokg.store.ArticleFile;
import org.scokg.store.ArticlePipeline;
import org.scokg.store.PreparedArticle;
import org.scokg.vocab.SCO;

/**
 * Run by hand, not by Maven: writes what every article of the given directories yields (its graph as
 * sorted N-Triples, and its mentions and people) to one file per article under an output directory,
 * so that two builds of the extractor can be compared with {@code diff -r}. Usage:
 * {@code ExtractionSnapshot OUT_DIR ARTICLE_DIR...}
 */
public final class ExtractionSnapshot {
    private ExtractionSnapshot() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        ArticlePipeline pipeline = new ArticlePipeline(FactExtractor.standard(), new Iris(SCO.DEFAULT_BASE));
        int written = 0;
        for (String dir : Arrays.asList(args).subList(1, args.length)) {
            Path target = out.resolve(Path.of(dir).getFileName().toString());
            Files.createDirectories(target);
            for (ArticleFile file : ArticlePipeline.expand(List.of(Path.of(dir)))) {
                String name = file.path().getFileName().toString();
                Files.writeString(target.resolve(name + ".nt"), snapshot(pipeline, file));
                written++;
            }
        }
        System.out.println(written + " articles written to " + out);
    }

    private static String snapshot(ArticlePipeline pipeline, ArticleFile file) {
        try {
            PreparedArticle prepared = pipeline.prepare(file);
            StringWriter nt = new StringWriter();
            RDFDataMgr.write(nt, prepared.model(), RDFFormat.NTRIPLES_UTF8);
            List<String> lines = new ArrayList<>(nt.toString().lines().sorted().toList());
            Extraction x = prepared.extraction();
            x.mentions.forEach(m -> lines.add("# mention " + m));
            x.people.forEach((key, person) -> lines.add("# person " + key + " " + person));
            return String.join("\n", lines) + "\n";
        } catch (ArticleRejectedException e) {
            return "# rejected " + e.getMessage() + "\n";
        }
    }
}
