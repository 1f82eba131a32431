package org.scokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.scokg.article.Article;
import org.scokg.article.ArticleReader;
import org.scokg.article.ArticleRejectedException;
import org.scokg.extract.Extraction;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.ExtractionWriter;
import org.scokg.rdf.Iris;

/** Files to named graphs: read each article, extract its facts, write them as RDF. */
public final class ArticlePipeline {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticlePipeline.class);
    private final ArticleReader reader;
    private final FactExtractor extractor;
    private final ExtractionWriter writer;
    private final Iris iris;

    public ArticlePipeline(FactExtractor extractor, Iris iris) {
        this(extractor, iris, ArticleReader.DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest article file read; a larger one is refused unread */
    public ArticlePipeline(FactExtractor extractor, Iris iris, long maxBytes) {
        this.reader = new ArticleReader(extractor.lexicon().words("abbreviations"), maxBytes);
        this.extractor = extractor;
        this.writer = new ExtractionWriter(iris);
        this.iris = iris;
    }

    public Iris iris() {
        return iris;
    }

    /** A file named on its own, its directory as its load root. */
    public PreparedArticle prepare(Path file) throws ArticleRejectedException {
        return prepare(ArticleFile.of(file));
    }

    public PreparedArticle prepare(ArticleFile articleFile) throws ArticleRejectedException {
        Path file = articleFile.path();
        Article article = reader.read(file);
        Extraction extraction;
        try {
            extraction = extractor.extract(article);
        } catch (RuntimeException e) {
            // one article the rules cannot handle must not stop a load: it is kept, without facts, and says why
            LOG.warn("{}: extraction failed ({}); the article is stored without facts, please report it", file, e.toString());
            extraction = new Extraction(article);
            extraction.notes.add(new Extraction.QualityNote("Extraction failed on this article (" + e
                    + "); it is stored without facts.", null, null, new Extraction.Source(0, "extraction-failure", 1.0)));
        }
        // an article published at a URL is known by it wherever its copy was saved
        ArticleSource source = article.metadata().url().map(ArticleSource::url).orElse(articleFile.source());
        return new PreparedArticle(iris.article(article), extraction, writer.write(extraction), source);
    }

    /**
     * The article files named: files as given (each its directory as load root), directories by their
     * {@code *.txt} files in name order (the directory as their load root).
     */
    public static List<ArticleFile> expand(List<Path> paths) {
        List<ArticleFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                            .sorted().forEach(p -> files.add(ArticleFile.in(path, p)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
            } else {
                files.add(ArticleFile.of(path));
            }
        }
        return files;
    }
}
