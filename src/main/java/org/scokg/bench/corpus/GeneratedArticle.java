package org.scokg.bench.corpus;

import org.apache.jena.atlas.json.JsonObject;

/** One generated article: its file name, its address, its bytes as text and what it states (its gold rows). */
public record GeneratedArticle(String fileName, String url, String content, JsonObject gold) {}
