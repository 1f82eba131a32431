package org.scokg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.scokg.article.Article;
import org.scokg.article.ArticleReader;
import org.scokg.article.ArticleRejectedException;
import org.scokg.article.format.HtmlPage;
import org.scokg.article.format.InputFormat;
import org.scokg.article.format.JsonLinesArticles;
import org.scokg.article.format.RecordSink;
import org.scokg.article.format.SourceText;
import org.scokg.article.format.WarcArticles;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.ExtractionWriter;
import org.scokg.rdf.Iris;

/**
 * Files to named graphs: read each article (a text file, a saved page, every page of a web archive,
 * every line of a JSON Lines file), extract its facts, write them as RDF.
 */
public final class ArticlePipeline {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticlePipeline.class);
    /** The names of the files a directory is read for; the format is then told by the content. */
    private static final List<String> ARTICLE_FILE_ENDINGS =
            List.of(".txt", ".html", ".htm", ".xhtml", ".warc", ".warc.gz", ".jsonl", ".ndjson");
    private final ArticleReader reader;
    private final FactExtractor extractor;
    private final ExtractionWriter writer;
    private final ArticleScope scope;
    private final Iris iris;
    private final long maxBytes;

    public ArticlePipeline(FactExtractor extractor, Iris iris) {
        this(extractor, iris, ArticleReader.DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest article read (a file, or a record of a web archive or JSON Lines file); a larger one is refused unread */
    public ArticlePipeline(FactExtractor extractor, Iris iris, long maxBytes) {
        this.reader = new ArticleReader(extractor.lexicon().words("abbreviations"), maxBytes);
        this.extractor = extractor;
        this.writer = new ExtractionWriter(iris);
        this.scope = new ArticleScope(extractor.lexicon());
        this.iris = iris;
        this.maxBytes = maxBytes;
    }

    public Iris iris() {
        return iris;
    }

    /** A file named on its own, its directory as its load root. */
    public PreparedArticle prepare(Path file) throws ArticleRejectedException {
        return prepare(ArticleFile.of(file));
    }

    /**
     * The one article of a text file or a saved page, whatever it is about.
     *
     * @throws ArticleRejectedException when the file is not one article (a file of many is read by {@link #prepareAll})
     */
    public PreparedArticle prepare(ArticleFile articleFile) throws ArticleRejectedException {
        InputFormat format = format(articleFile.path());
        if (format == InputFormat.WARC || format == InputFormat.JSON_LINES) {
            throw new ArticleRejectedException(articleFile.path().getFileName().toString(),
                    "the file holds many articles (" + format + "); load it with sco load");
        }
        Article article = readOne(articleFile.path(), format);
        return prepared(article, extract(article), articleFile.source());
    }

    /**
     * Every article in a file, as {@code sco load} reads it. Articles that are not Indonesian or name
     * no focus organisation are skipped, and records of a web archive or JSON Lines file that cannot be
     * read are broken; both are listed in {@code report}, which also counts the articles read.
     *
     * @throws ArticleRejectedException when the file is not an article, nor holds any
     */
    public List<PreparedArticle> prepareAll(ArticleFile file, LoadReport report) throws ArticleRejectedException {
        List<PreparedArticle> prepared = new ArrayList<>();
        readAll(file, report, (article, source, where) -> inScope(article, source, where, report).ifPresent(prepared::add));
        report.read += prepared.size();
        return prepared;
    }

    /**
     * Reads every article in a file as {@link #prepareAll} does, without extracting: whether the file
     * would be refused, at a fraction of the cost.
     *
     * @return the number of articles the file holds
     * @throws ArticleRejectedException when {@link #prepareAll} would refuse the file
     */
    public int check(ArticleFile file) throws ArticleRejectedException {
        int[] articles = {0};
        readAll(file, new LoadReport(), (article, source, where) -> articles[0]++);
        return articles[0];
    }

    /** What is done with each article read from a file. */
    private interface ArticleSink {
        void article(Article article, ArticleSource fileSource, String where);
    }

    private void readAll(ArticleFile file, LoadReport report, ArticleSink sink) throws ArticleRejectedException {
        InputFormat format = format(file.path());
        if (format == InputFormat.TEXT || format == InputFormat.HTML) {
            sink.article(readOne(file.path(), format), file.source(), file.path().toString());
        } else {
            readRecords(file, format, report, sink);
        }
    }

    private void readRecords(ArticleFile file, InputFormat format, LoadReport report, ArticleSink articles)
            throws ArticleRejectedException {
        String name = file.path().getFileName().toString();
        List<String> broken = new ArrayList<>();
        int[] read = {0};
        RecordSink sink = new RecordSink() {
            @Override
            public void article(SourceText text) {
                try {
                    Article article = reader.read(name, text.text(), text.metadata());
                    read[0]++;
                    articles.article(article, file.source().at(text.position()), file.path() + " " + text.position());
                } catch (ArticleRejectedException e) {
                    broken(text.position(), e.reason());
                }
            }

            @Override
            public void broken(String position, String reason) {
                broken.add(file.path() + " " + position + ": " + reason);
            }
        };
        try {
            if (format == InputFormat.WARC) {
                WarcArticles.read(file.path(), maxBytes, sink);
            } else {
                JsonLinesArticles.read(file.path(), maxBytes, sink);
            }
        } catch (IOException e) {
            throw new ArticleRejectedException(name, "cannot be read (" + e + "); check that it exists and is readable");
        }
        if (read[0] == 0) {
            throw new ArticleRejectedException(name, (format == InputFormat.WARC ? "the web archive" : "the JSON Lines file")
                    + " holds no article" + (broken.isEmpty() ? " (no HTML page)" : ": " + broken.size()
                    + " broken record(s), the first " + broken.get(0).substring(file.path().toString().length() + 1)));
        }
        report.broken.addAll(broken);
    }

    private InputFormat format(Path file) throws ArticleRejectedException {
        try {
            return InputFormat.of(file);
        } catch (IOException e) {
            throw new ArticleRejectedException(file.getFileName().toString(),
                    "cannot be read (" + e + "); check that it exists and is readable");
        }
    }

    private Article readOne(Path file, InputFormat format) throws ArticleRejectedException {
        if (format == InputFormat.TEXT) {
            return reader.read(file);
        }
        String name = file.getFileName().toString();
        try {
            reader.checkSize(name, Files.size(file));
            try (InputStream in = Files.newInputStream(file)) {
                SourceText page = HtmlPage.read(in, null, "");
                return reader.read(name, page.text(), page.metadata());
            }
        } catch (IOException e) {
            throw new ArticleRejectedException(name, "cannot be read (" + e + "); check that it exists and is readable");
        }
    }

    /** The article prepared, or empty (and listed in the report) when it is out of scope. */
    private Optional<PreparedArticle> inScope(Article article, ArticleSource fileSource, String where, LoadReport report) {
        Optional<String> notIndonesian = scope.notIndonesian(article);
        if (notIndonesian.isPresent()) {
            report.skipped.add(where + ": " + notIndonesian.get());
            return Optional.empty();
        }
        Extraction extraction;
        try {
            extraction = extractor.extract(article);
        } catch (RuntimeException e) {
            // kept, and not mistaken for an article about nothing
            return Optional.of(prepared(article, failed(article, e), fileSource));
        }
        Optional<String> offTopic = scope.offTopic(extraction);
        if (offTopic.isPresent()) {
            report.skipped.add(where + ": " + offTopic.get());
            return Optional.empty();
        }
        return Optional.of(prepared(article, extraction, fileSource));
    }

    private Extraction extract(Article article) {
        try {
            return extractor.extract(article);
        } catch (RuntimeException e) {
            return failed(article, e);
        }
    }

    /** One article the rules cannot handle must not stop a load: it is kept, without facts, and says why. */
    private static Extraction failed(Article article, RuntimeException e) {
        LOG.warn("{}: extraction failed ({}); the article is stored without facts, please report it", article.fileName(), e.toString());
        Extraction extraction = new Extraction(article);
        extraction.notes.add(new Extraction.QualityNote("Extraction failed on this article (" + e
                + "); it is stored without facts.", null, null, new Extraction.Source(0, "extraction-failure", 1.0)));
        return extraction;
    }

    private PreparedArticle prepared(Article article, Extraction extraction, ArticleSource fileSource) {
        // an article published at a URL is known by it wherever its copy was saved
        ArticleSource source = article.metadata().url().map(ArticleSource::url).orElse(fileSource);
        return new PreparedArticle(iris.article(article), extraction, writer.write(extraction), source);
    }

    /**
     * The article files named: files as given (each its directory as load root), directories by their
     * article files ({@code *.txt}, saved pages, web archives, JSON Lines) in name order (the directory
     * as their load root).
     */
    public static List<ArticleFile> expand(List<Path> paths) {
        List<ArticleFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(p -> isArticleFileName(p) && Files.isRegularFile(p))
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

    private static boolean isArticleFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return ARTICLE_FILE_ENDINGS.stream().anyMatch(name::endsWith);
    }
}
