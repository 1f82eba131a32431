package org.scokg.store;

import java.io.IOException;
import java.nio.file.Path;
import org.scokg.article.Sha256;

/**
 * Where an article came from, as the key under which a later version of it replaces it: its source
 * URL when it has one, else its path relative to the directory it was loaded from (the load root)
 * together with that directory's identity. Never the bare file name: two folders may each hold an
 * {@code a.txt} with another article in it.
 *
 * @param key the identity of the source, as recorded in the database
 * @param description the source as the user named it, for reports
 */
public record ArticleSource(String key, String description) {
    private static final int ROOT_ID_HEX_DIGITS = 16;

    /** An article published at {@code url}: any later text from the same URL is its new version. */
    public static ArticleSource url(String url) {
        return new ArticleSource(url, url);
    }

    /**
     * The file {@code file} found under the load root {@code root}. The root is identified by a hash of
     * its real, absolute path, so the database does not publish the directories of the machine that loaded it.
     */
    public static ArticleSource file(Path root, Path file) {
        Path realRoot = real(root);
        String relative = realRoot.relativize(real(file.toAbsolutePath().getParent()).resolve(file.getFileName()))
                .toString().replace(java.io.File.separatorChar, '/');
        return new ArticleSource("file:" + Sha256.hex(realRoot.toString()).substring(0, ROOT_ID_HEX_DIGITS) + "/" + relative,
                file.toString());
    }

    /** A record at {@code position} (such as {@code line 3}) in this source's file, for a record that has no URL. */
    public ArticleSource at(String position) {
        return new ArticleSource(key + "#" + position.replace(' ', '-'), description + " " + position);
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            // not there (yet): its absolute form is the best identity there is
            return path.toAbsolutePath().normalize();
        }
    }
}
