/**
 * HTTP plumbing of the linked-data site, free of RDF descriptions and of pages: content and
 * language negotiation ({@link org.scokg.server.http.ContentNegotiation},
 * {@link org.scokg.server.http.LanguageNegotiation}) over the formats a document comes in
 * ({@link org.scokg.server.http.DocumentFormat}), conditional requests, the public root behind
 * trusted proxies and the {@code Vary} it needs, CORS, variants of a path, draining request bodies,
 * read-only servlets, and errors as plain responses ({@link org.scokg.server.http.Http}). Where the
 * site decides an answer (the pages at the root, a 404 a person reads) it passes a
 * {@link org.scokg.server.http.RequestHandler}.
 */
package org.scokg.server.http;
