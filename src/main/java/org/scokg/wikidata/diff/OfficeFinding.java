package org.scokg.wikidata.diff;

/** What the diff says of one office the graph states, against the snapshot's positions held (P39). */
public record OfficeFinding(GraphOffice fact, Finding.Kind kind, String detail) {}
