package org.scokg.wikidata.export;

import java.util.List;

/**
 * A statement to add to Wikidata (or a qualifier to add to one it has): subject, property and item
 * value, qualifiers, one reference, and the edit summary.
 */
public record ExportStatement(String item, String property, String value, List<Snak> qualifiers,
        List<Snak> reference, String summary) {}
