package org.scokg.server.endpoint;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bounds on a query sent to the public SPARQL endpoints, so that no anonymous query can take the
 * server's heap or hand a client a result cut short without saying so.
 *
 * <p>Set by system properties (under {@code sco serve} through {@code SCO_JAVA_OPTS}):
 * <ul>
 * <li>{@code sco.query.maxRows}: rows of a SELECT result, triples or quads of a CONSTRUCT or
 *     DESCRIBE result (default {@value #DEFAULT_MAX_ROWS});</li>
 * <li>{@code sco.query.maxBytes}: characters of all RDF terms in a result (default
 *     {@value #DEFAULT_MAX_BYTES});</li>
 * <li>{@code sco.query.initialTimeout}: milliseconds to the first result row (default
 *     {@value #DEFAULT_INITIAL_TIMEOUT_MS});</li>
 * <li>{@code sco.query.timeout}: milliseconds for the whole query (default {@value #DEFAULT_TIMEOUT_MS});</li>
 * <li>{@code sco.query.spillThreshold}: rows a sort, DISTINCT or similar step holds in memory before
 *     it spills to temporary files (default {@value #DEFAULT_SPILL_THRESHOLD}); must be more than
 *     {@code maxRows}, as ARQ's top-N sorting requires;</li>
 * <li>{@code sco.query.heapFraction}: the fraction of the maximum heap that may be in use after a
 *     garbage collection before the running queries are aborted ({@link HeapGuard}; default
 *     {@value #DEFAULT_HEAP_FRACTION});</li>
 * <li>{@code sco.service.allow}: the only endpoint IRIs a {@code SERVICE} clause may call, separated by
 *     spaces or commas (default {@value #WIKIDATA_QUERY_SERVICE}, so the graph can be joined with
 *     Wikidata but visitors cannot make the server fetch any other address; empty or {@code none}:
 *     {@code SERVICE} is off). A call to an allowed endpoint runs under the same timeouts and row and
 *     size limits as the query ({@link ServiceAllowList}).</li>
 * </ul>
 */
public record QueryLimits(long maxRows, long maxBytes, long initialTimeoutMillis, long timeoutMillis, long spillThreshold,
        Set<String> serviceAllowList, double heapFraction) {
    public static final long DEFAULT_MAX_ROWS = 50_000;
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
    public static final long DEFAULT_INITIAL_TIMEOUT_MS = 10_000;
    public static final long DEFAULT_TIMEOUT_MS = 30_000;
    public static final long DEFAULT_SPILL_THRESHOLD = 100_000;
    public static final double DEFAULT_HEAP_FRACTION = 0.7;
    /** The endpoint of the Wikidata Query Service, the one SERVICE may call unless told otherwise. */
    public static final String WIKIDATA_QUERY_SERVICE = "https://query.wikidata.org/sparql";
    public static final Set<String> DEFAULT_SERVICE_ALLOW_LIST = Set.of(WIKIDATA_QUERY_SERVICE);

    public QueryLimits {
        positive("sco.query.maxRows", maxRows);
        positive("sco.query.maxBytes", maxBytes);
        positive("sco.query.initialTimeout", initialTimeoutMillis);
        positive("sco.query.timeout", timeoutMillis);
        if (spillThreshold <= maxRows + 1) {
            throw new IllegalArgumentException("sco.query.spillThreshold (" + spillThreshold + ") must be more than sco.query.maxRows + 1 ("
                    + (maxRows + 1) + "): raise it or lower sco.query.maxRows");
        }
        serviceAllowList = Set.copyOf(serviceAllowList);
        if (!(heapFraction > 0 && heapFraction <= 1)) {
            throw new IllegalArgumentException("sco.query.heapFraction must be more than 0 and at most 1: " + heapFraction);
        }
    }

    /** With the default heap fraction. */
    public QueryLimits(long maxRows, long maxBytes, long initialTimeoutMillis, long timeoutMillis, long spillThreshold,
            Set<String> serviceAllowList) {
        this(maxRows, maxBytes, initialTimeoutMillis, timeoutMillis, spillThreshold, serviceAllowList, DEFAULT_HEAP_FRACTION);
    }

    public static QueryLimits defaults() {
        return new QueryLimits(DEFAULT_MAX_ROWS, DEFAULT_MAX_BYTES, DEFAULT_INITIAL_TIMEOUT_MS, DEFAULT_TIMEOUT_MS,
                DEFAULT_SPILL_THRESHOLD, DEFAULT_SERVICE_ALLOW_LIST);
    }

    /** The defaults, each overridden by its system property when set. */
    public static QueryLimits fromSystemProperties() {
        return new QueryLimits(
                number("sco.query.maxRows", DEFAULT_MAX_ROWS),
                number("sco.query.maxBytes", DEFAULT_MAX_BYTES),
                number("sco.query.initialTimeout", DEFAULT_INITIAL_TIMEOUT_MS),
                number("sco.query.timeout", DEFAULT_TIMEOUT_MS),
                number("sco.query.spillThreshold", DEFAULT_SPILL_THRESHOLD),
                serviceAllowList(System.getProperty("sco.service.allow")),
                fraction("sco.query.heapFraction", DEFAULT_HEAP_FRACTION));
    }

    /** The endpoints of {@code sco.service.allow}: Wikidata's when it is not set, none when it is empty or {@code none}. */
    static Set<String> serviceAllowList(String property) {
        if (property == null) {
            return DEFAULT_SERVICE_ALLOW_LIST;
        }
        return Arrays.stream(property.split("[\\s,]+"))
                .filter(s -> !s.isEmpty() && !s.equalsIgnoreCase("none")).collect(Collectors.toSet());
    }

    /** Whether a SERVICE clause may call this endpoint. */
    public boolean serviceAllowed(String endpoint) {
        return serviceAllowList.contains(endpoint);
    }

    private static long number(String property, long fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("system property " + property + " is not a whole number: '" + value + "'", e);
        }
    }

    private static double fraction(String property, double fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("system property " + property + " is not a number such as 0.7: '" + value + "'", e);
        }
    }

    private static void positive(String property, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(property + " must be positive: " + value);
        }
    }
}
