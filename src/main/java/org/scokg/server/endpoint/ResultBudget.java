package org.scokg.server.endpoint;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryDeniedException;

/**
 * Counts the rows (or triples) of one result and the characters of its RDF terms as the result is
 * gathered, and stops the query with an error the client sees once either passes its limit: a
 * result is sent whole or not at all, never cut short under a 200.
 */
final class ResultBudget {
    private final QueryLimits limits;
    private final String what;
    private final String rowsAdvice;
    private final String sizeAdvice;
    private long rows;
    private long size;

    /** The budget of the result a client gets. */
    ResultBudget(QueryLimits limits) {
        this(limits, "The result", "add LIMIT and OFFSET to read it in pages, or narrow the query",
                "add LIMIT and OFFSET to read it in pages, or select fewer variables");
    }

    /** The budget of a part of the work, {@code what} by name, with what to do when it is over. */
    ResultBudget(QueryLimits limits, String what, String advice) {
        this(limits, what, advice, advice);
    }

    private ResultBudget(QueryLimits limits, String what, String rowsAdvice, String sizeAdvice) {
        this.limits = limits;
        this.what = what;
        this.rowsAdvice = rowsAdvice;
        this.sizeAdvice = sizeAdvice;
    }

    /** One more row, triple or item, of this many characters. */
    void add(long characters) {
        rows++;
        size += characters;
        if (rows > limits.maxRows()) {
            throw new QueryDeniedException(what + " has more than " + limits.maxRows()
                    + " rows (the limit of this server, sco.query.maxRows): " + rowsAdvice);
        }
        if (size > limits.maxBytes()) {
            throw new QueryDeniedException(what + " is larger than " + limits.maxBytes()
                    + " characters (the limit of this server, sco.query.maxBytes): " + sizeAdvice);
        }
    }

    static long sizeOf(Triple t) {
        return sizeOf(t.getSubject()) + sizeOf(t.getPredicate()) + sizeOf(t.getObject());
    }

    static long sizeOf(Node node) {
        if (node == null) {
            return 0;
        }
        if (node.isURI()) {
            return node.getURI().length();
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm().length() + node.getLiteralDatatypeURI().length() + node.getLiteralLanguage().length();
        }
        if (node.isBlank()) {
            return node.getBlankNodeLabel().length();
        }
        if (node.isTripleTerm()) {
            return sizeOf(node.getTriple());
        }
        return node.toString().length();
    }
}
