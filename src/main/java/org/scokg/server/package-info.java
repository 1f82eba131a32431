/**
 * The server: Fuseki over the knowledge store, and the linked-data front end that makes every IRI of
 * the graph dereference, for people and for programs ({@link org.scokg.server.LinkedDataModule}).
 *
 * <h2>Parts</h2>
 * This package holds the module and one servlet per address, which join the three parts beneath,
 * where data flows one way: {@link org.scokg.server.html} (pages) may use {@link org.scokg.server.ld}
 * (descriptions) and {@link org.scokg.server.http} (plumbing); {@code ld} may use {@code http};
 * {@code http} uses neither. {@link org.scokg.server.endpoint} holds the Fuseki modules of the
 * public query endpoint.
 *
 * <h2>Addresses</h2>
 * Everything the graph mints lives under one base ({@code http://localhost:3030/} unless
 * {@code sco serve --base} / {@code sco load --base} say otherwise):
 * <pre>
 *   /id/org/sco                        an organisation        /id/state/cn            a state (ISO 3166 code)
 *   /id/meeting/2025-09-01-tianjin     a meeting              /id/person/xi-jinping   a person
 *   /id/place/tianjin                  a place                /id/article/HASH        an article (and its named graph)
 *   /id/sentence/HASH-N                a sentence of it       /id/KIND/HASH-N         a statement drawn from it
 *   /id/graph/reference                the reference data's graph
 *   /def/sco                           the ontology; its terms are /def/sco#Term
 * </pre>
 * Documents and services, under the root the client used (a proxy's {@code X-Forwarded-Proto} /
 * {@code X-Forwarded-Host} or {@code Forwarded} honoured):
 * <pre>
 *   GET /id/...        303 See Other to /doc/... (404 unknown, 406 nothing acceptable)
 *   GET /doc/...       the description, negotiated (Vary: Accept, Content-Location), or by suffix:
 *                      .html .ttl .jsonld .rdf .nt; ?page=N for more incoming links (Link: rel="next")
 *   GET /def/sco       the ontology: OWL as Turtle, RDF/XML, JSON-LD, N-Triples, or its documentation
 *   GET /              the home page (HTML); programs get 303 to the VoID description
 *   GET /.well-known/void   VoID: size, triples per class, property and named graph, the Wikidata linkset
 *   GET /sco/sparql    without a query: the SPARQL service description; with one, the query (read-only)
 *   GET /sitemap.xml, /robots.txt, /context.jsonld (the JSON-LD context every JSON-LD document names)
 *   GET /?ui#/dataset/sco/query   the Fuseki UI (a visit to /#/... is sent there)
 * </pre>
 * Every document carries an ETag and Last-Modified drawn from the database's content and answers
 * conditional requests with 304; every response may be read by any origin (CORS).
 */
package org.scokg.server;
