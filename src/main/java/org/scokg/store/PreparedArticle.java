package org.scokg.store;

import org.apache.jena.rdf.model.Model;
import org.scokg.extract.analysis.Extraction;

/** An article read and extracted, ready to be written as the named graph {@code graph}, and where it came from. */
public record PreparedArticle(String graph, Extraction extraction, Model model, ArticleSource source) {}
