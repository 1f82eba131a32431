package org.scokg.article;

/** A file that cannot be read as an article; the message names the file and the reason. */
public class ArticleRejectedException extends Exception {
    private final String fileName;
    private final String reason;

    public ArticleRejectedException(String fileName, String reason) {
        super(fileName + ": " + reason);
        this.fileName = fileName;
        this.reason = reason;
    }

    /** Why, without the file name. */
    public String reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }
}
