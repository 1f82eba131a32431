package org.scokg.server.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.riot.WebContent;
import org.scokg.server.http.StaticResourceServlet;

/**
 * The one stylesheet of every page, {@code site.css} beside this class, served at {@value #PATH}.
 * Pages name it with its version ({@code ?v=} and a hash of its bytes), so it can be kept for a year
 * and a new one is fetched as soon as it changes.
 */
public final class Stylesheet {
    /** Where the site serves it, under the root. */
    public static final String PATH = "/style.css";
    private static final byte[] CSS = read("site.css");
    private static final String VERSION = StaticResourceServlet.version(CSS);

    private Stylesheet() {}

    /** The address pages link it by, under the root the client used. */
    public static String href(String root) {
        return root + PATH.substring(1) + "?v=" + VERSION;
    }

    /** The servlet that serves it at {@link #PATH}. */
    public static StaticResourceServlet servlet() {
        return new StaticResourceServlet(CSS, "text/css;charset=" + WebContent.charsetUTF8);
    }

    private static byte[] read(String name) {
        try (InputStream in = Stylesheet.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing beside " + Stylesheet.class.getName()
                        + " on the classpath: rebuild the jar with src/main/resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name + " from the classpath", e);
        }
    }
}
