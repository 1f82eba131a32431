/**
 * The linked-data description of the graph, above {@link org.scokg.server.http}: what a document
 * about an IRI holds ({@link org.scokg.server.ld.ResourceDescriber}) and the statements about the
 * document itself, the dataset's VoID and the endpoint's service description, the JSON-LD context,
 * serialisation, the dump, what is counted from the whole database (statistics, catalogue) and the
 * database state its validators come from, the site's settings and the words it describes itself with
 * in both languages ({@link org.scokg.server.ld.Messages}), and the rules every document is served by
 * ({@link org.scokg.server.ld.DocumentResponder}).
 */
package org.scokg.server.ld;
