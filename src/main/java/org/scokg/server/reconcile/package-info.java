/**
 * The W3C Entity Reconciliation Service API (version 0.2, as OpenRefine speaks it) over the graph's
 * states, organisations, people, meetings and places: a spreadsheet's names, Indonesian or English and
 * misspelt, matched with the gazetteer's names and edit distance ({@link org.scokg.reference.Gazetteer})
 * to the graph's IRIs and, through them, to Wikidata's QIDs.
 */
package org.scokg.server.reconcile;
