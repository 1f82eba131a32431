package org.scokg.article;

/** A file that cannot be read as an article; the message names the file and the reason. */
public class ArticleRejectedException extends Exception {
    private final String fileName;

    public ArticleRejectedException(String fileName, String reason) {
        super(fileName + ": " + reason);
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
