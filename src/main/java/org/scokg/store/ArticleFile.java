package org.scokg.store;

import java.nio.file.Path;

/** An article file to load and the source it stands for. */
public record ArticleFile(Path path, ArticleSource source) {
    /** A file named on its own: its load root is its directory. */
    public static ArticleFile of(Path path) {
        return new ArticleFile(path, ArticleSource.file(path.toAbsolutePath().getParent(), path));
    }

    /** A file found in the directory {@code root}. */
    public static ArticleFile in(Path root, Path path) {
        return new ArticleFile(path, ArticleSource.file(root, path));
    }
}
