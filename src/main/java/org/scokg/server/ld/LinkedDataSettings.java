package org.scokg.server.ld;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.scokg.server.http.TrustedProxies;

/**
 * How the linked-data module is set up: the base the graph's IRIs were minted under, the Fuseki
 * dataset it serves, how many incoming links a page of a description holds, and the reverse proxies
 * whose forwarded headers are believed (none unless named: see {@link TrustedProxies}).
 *
 * <p>Under {@code sco serve} they come from the command line. Under a plain Fuseki they come from the
 * system properties {@code sco.base}, {@code sco.dataset}, {@code sco.pageSize} and
 * {@code sco.trustedProxies}, else from the configuration file ({@code ld:base} and friends on any
 * node, {@code ld:} being {@value #NS}; {@code ld:trustedProxies "10.0.0.5, 10.1.0.0/16"}, or one
 * address or network per value). Without a base, the IRIs are taken to be minted under the root the
 * request came in on.
 */
public record LinkedDataSettings(String base, String datasetName, int pageSize, TrustedProxies trustedProxies) {
    public static final String NS = "urn:x-sco-kg:linked-data#";
    public static final Property BASE = ResourceFactory.createProperty(NS + "base");
    public static final Property DATASET = ResourceFactory.createProperty(NS + "dataset");
    public static final Property PAGE_SIZE = ResourceFactory.createProperty(NS + "pageSize");
    public static final Property TRUSTED_PROXIES = ResourceFactory.createProperty(NS + "trustedProxies");
    public static final String DEFAULT_DATASET = "/sco";
    public static final int DEFAULT_PAGE_SIZE = 200;

    public LinkedDataSettings {
        if (base != null && !base.endsWith("/")) {
            base = base + "/";
        }
        if (datasetName == null || datasetName.isBlank()) {
            datasetName = DEFAULT_DATASET;
        }
        if (!datasetName.startsWith("/")) {
            datasetName = "/" + datasetName;
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive: " + pageSize);
        }
        if (trustedProxies == null) {
            trustedProxies = TrustedProxies.NONE;
        }
    }

    /** Settings that trust no proxy. */
    public LinkedDataSettings(String base, String datasetName, int pageSize) {
        this(base, datasetName, pageSize, TrustedProxies.NONE);
    }

    public static LinkedDataSettings forBase(String base) {
        return new LinkedDataSettings(base, DEFAULT_DATASET, DEFAULT_PAGE_SIZE);
    }

    public LinkedDataSettings withPageSize(int size) {
        return new LinkedDataSettings(base, datasetName, size, trustedProxies);
    }

    public LinkedDataSettings withTrustedProxies(TrustedProxies proxies) {
        return new LinkedDataSettings(base, datasetName, pageSize, proxies);
    }

    public Optional<String> configuredBase() {
        return Optional.ofNullable(base);
    }

    /** System properties first, then the Fuseki configuration file (may be null). */
    public static LinkedDataSettings fromEnvironment(Model config) {
        String base = firstOf(System.getProperty("sco.base"), literal(config, BASE));
        String dataset = firstOf(System.getProperty("sco.dataset"), literal(config, DATASET));
        String pageSize = firstOf(System.getProperty("sco.pageSize"), literal(config, PAGE_SIZE));
        String proxies = firstOf(System.getProperty("sco.trustedProxies"), String.join(",", literals(config, TRUSTED_PROXIES)));
        return new LinkedDataSettings(base, dataset, pageSize == null ? DEFAULT_PAGE_SIZE : Integer.parseInt(pageSize.trim()),
                TrustedProxies.parse(proxies));
    }

    private static String literal(Model config, Property property) {
        List<String> values = literals(config, property);
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> literals(Model config, Property property) {
        if (config == null) {
            return List.of();
        }
        return config.listObjectsOfProperty(property).toList().stream()
                .map(o -> o.isLiteral() ? o.asLiteral().getLexicalForm() : o.asResource().getURI())
                .toList();
    }

    private static String firstOf(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
