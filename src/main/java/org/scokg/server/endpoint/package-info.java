/**
 * Fuseki-level hardening of the public server: SPARQL queries bounded in rows, size, time and
 * memory, SERVICE only to an allow-list, Wikidata's query service by default ({@link org.scokg.server.endpoint.PublicEndpointModule}),
 * the graph store's default graph as the union of the named graphs, and the Fuseki UI's query pages
 * without Fuseki's admin, statistics or validator endpoints
 * ({@link org.scokg.server.endpoint.FusekiUiModule}).
 */
package org.scokg.server.endpoint;
