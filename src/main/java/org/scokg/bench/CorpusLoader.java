package org.scokg.bench;

import java.io.PrintStream;
import java.util.List;
import org.scokg.store.ArticleFile;
import org.scokg.store.KnowledgeStore;
import org.scokg.store.LoadReport;

/** The load path the benchmark measures: {@code sco load}'s, given by the command line that runs the benchmark. */
@FunctionalInterface
public interface CorpusLoader {
    /** Reads, extracts and writes {@code files} into {@code store}, progress on {@code log}. */
    LoadReport load(KnowledgeStore store, List<ArticleFile> files, PrintStream log);
}
