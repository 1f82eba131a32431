package org.scokg.server.html;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Builds HTML (and the SVG inside it) so that nothing from the data reaches the page unescaped:
 * text and attribute values always go through {@link #escape}, tag and attribute names come from
 * this code only, and links are made only to http(s) or same-site addresses, so an IRI such as
 * {@code javascript:...} in the data becomes plain text, not a link.
 */
public final class Html {
    private final StringBuilder out = new StringBuilder(16_384);
    private final UnaryOperator<String> iris;

    public Html() {
        this(UnaryOperator.identity());
    }

    /**
     * @param iris what the IRIs in links and titles become: the page code names the vocabulary as
     *             {@link org.scokg.vocab.SCO} does, a page links to it where it is served
     *             ({@link org.scokg.rdf.OntologyNamespace#deployed})
     */
    public Html(UnaryOperator<String> iris) {
        this.iris = iris;
    }

    /** A new builder for a part of this page, its IRIs mapped the same way. */
    public Html part() {
        return new Html(iris);
    }

    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // Control characters other than tab and newline have no business in a page.
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Whether an address may be put in an href: http(s), or relative to this site. */
    public static boolean isSafeHref(String href) {
        if (href == null || href.isEmpty()) {
            return false;
        }
        String lower = href.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return true;
        }
        if (lower.startsWith("//")) {
            return false;
        }
        int colon = lower.indexOf(':');
        int slash = lower.indexOf('/');
        int query = lower.indexOf('?');
        int hash = lower.indexOf('#');
        // A relative reference has no scheme: no colon before the first '/', '?' or '#'.
        int firstDelimiter = min(slash, min(query, hash));
        return colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon);
    }

    private static int min(int a, int b) {
        if (a < 0) {
            return b;
        }
        if (b < 0) {
            return a;
        }
        return Math.min(a, b);
    }

    public Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup written by this code, never data. */
    public Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** An opening tag; attributes as name, value pairs, a null value leaving the attribute out. */
    public Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** An element with no content, such as {@code <meta>} or an SVG {@code <rect/>}. */
    public Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append(tag.equals("meta") || tag.equals("link") ? ">" : "/>");
        return this;
    }

    public Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    public Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A link, or the bare text when the address is not one to link to. */
    public Html link(String href, String text, String... attributes) {
        if (!isSafeHref(href)) {
            return text(text);
        }
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                boolean iri = attributes[i].equals("href") || attributes[i].equals("title");
                String value = iri ? iris.apply(attributes[i + 1]) : attributes[i + 1];
                out.append(' ').append(attributes[i]).append("=\"").append(escape(value)).append('"');
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
