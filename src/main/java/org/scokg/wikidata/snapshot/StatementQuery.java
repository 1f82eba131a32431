package org.scokg.wikidata.snapshot;

import java.util.Collection;
import java.util.stream.Collectors;
import org.scokg.wikidata.model.Wikidata;

/**
 * The CONSTRUCT query that fetches the statements of one property for a batch of items (a VALUES
 * block), with the qualifiers the diff reads: subject has role, start and end time with their
 * precision. Deprecated statements are left out.
 */
final class StatementQuery {
    private static final String TEMPLATE = """
            PREFIX wd:       <%1$s>
            PREFIX p:        <%2$s>
            PREFIX ps:       <%3$s>
            PREFIX pq:       <%4$s>
            PREFIX pqv:      <%5$s>
            PREFIX wikibase: <%6$s>
            CONSTRUCT {
              ?item p:%7$s ?st .
              ?st ps:%7$s ?value ; pq:%8$s ?role ; pq:%9$s ?start ; pqv:%9$s ?startNode ; pq:%10$s ?end ; pqv:%10$s ?endNode .
              ?startNode wikibase:timeValue ?start ; wikibase:timePrecision ?startPrecision .
              ?endNode wikibase:timeValue ?end ; wikibase:timePrecision ?endPrecision .
            } WHERE {
              VALUES ?item { %11$s }
              %12$s
              ?item p:%7$s ?st .
              ?st ps:%7$s ?value .
              FILTER NOT EXISTS { ?st wikibase:rank wikibase:DeprecatedRank }
              OPTIONAL { ?st pq:%8$s ?role }
              OPTIONAL { ?st pqv:%9$s ?startNode . ?startNode wikibase:timeValue ?start ; wikibase:timePrecision ?startPrecision }
              OPTIONAL { ?st pqv:%10$s ?endNode . ?endNode wikibase:timeValue ?end ; wikibase:timePrecision ?endPrecision }
            }
            """;

    private StatementQuery() {}

    /** The statements of {@code property} of {@code items}; with {@code values}, only those whose value is one of them. */
    static String of(String property, Collection<String> items, Collection<String> values) {
        String restriction = values.isEmpty() ? "" : "VALUES ?value { " + entities(values) + " }";
        return TEMPLATE.formatted(Wikidata.ENTITY, Wikidata.STATEMENT_OF, Wikidata.STATEMENT_VALUE,
                Wikidata.QUALIFIER, Wikidata.QUALIFIER_VALUE, Wikidata.WIKIBASE, property,
                Wikidata.SUBJECT_HAS_ROLE, Wikidata.START_TIME, Wikidata.END_TIME, entities(items), restriction);
    }

    private static String entities(Collection<String> qids) {
        return qids.stream().map(q -> {
            if (!q.matches("Q\\d+")) {
                throw new IllegalArgumentException("not a QID: " + q);
            }
            return "wd:" + q;
        }).collect(Collectors.joining(" "));
    }
}
