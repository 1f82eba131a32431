/**
 * The pages a person reads, rendered on the server from what {@link org.scokg.server.ld} describes:
 * the frame of every page ({@link org.scokg.server.html.Page}), the home page, the page of a
 * resource, of the ontology and of a dataset description, fact summaries, the membership timeline,
 * labels in the reader's language, and the 404 page. Text is escaped by construction
 * ({@link org.scokg.server.html.Html}).
 */
package org.scokg.server.html;
