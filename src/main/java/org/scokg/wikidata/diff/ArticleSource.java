package org.scokg.wikidata.diff;

import java.util.Optional;
import org.scokg.wikidata.model.WikidataTime;

/**
 * Where a fact comes from: the sentence as the article writes it, the article (the graph's IRI) and
 * what is known of its publication (its source's own address, headline, outlet, dates).
 */
public record ArticleSource(String article, String sentence, Optional<String> url, Optional<String> title,
        String titleLanguage, Optional<String> outlet, Optional<WikidataTime> published,
        Optional<WikidataTime> retrieved) {}
