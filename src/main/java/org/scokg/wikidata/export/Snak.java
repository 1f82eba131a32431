package org.scokg.wikidata.export;

import org.scokg.wikidata.model.WikidataTime;

/** A property and a value, as a qualifier or a reference of an exported statement. */
public record Snak(String property, Value value) {

    /** The value kinds the export writes. */
    public sealed interface Value permits Item, Monolingual, Time, Url {}

    public record Item(String qid) implements Value {}

    public record Monolingual(String language, String text) implements Value {}

    public record Time(WikidataTime time) implements Value {}

    public record Url(String url) implements Value {}
}
