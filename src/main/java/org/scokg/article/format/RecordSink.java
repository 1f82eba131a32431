package org.scokg.article.format;

/** Receives the records of a file that holds many articles (a web archive, JSON Lines) one at a time. */
public interface RecordSink {
    void article(SourceText text);

    /** A record that cannot be read; the others are read all the same. */
    void broken(String position, String reason);
}
