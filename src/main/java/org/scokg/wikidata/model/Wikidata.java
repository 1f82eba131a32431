package org.scokg.wikidata.model;

/**
 * Wikidata's namespaces (Wikibase RDF) and the identifiers of the properties and items this project
 * writes. Every identifier here is listed with the public page or file that pairs it with its label
 * in {@code data/wikidata/verified.tsv}; add one here only with its evidence there.
 */
public final class Wikidata {
    private Wikidata() {}

    public static final String ENTITY = "http://www.wikidata.org/entity/";
    public static final String DIRECT = "http://www.wikidata.org/prop/direct/";
    public static final String STATEMENT_OF = "http://www.wikidata.org/prop/";
    public static final String STATEMENT_VALUE = "http://www.wikidata.org/prop/statement/";
    public static final String QUALIFIER = "http://www.wikidata.org/prop/qualifier/";
    public static final String QUALIFIER_VALUE = "http://www.wikidata.org/prop/qualifier/value/";
    public static final String REFERENCE = "http://www.wikidata.org/prop/reference/";
    public static final String STATEMENT_NODE = "http://www.wikidata.org/entity/statement/";
    public static final String REFERENCE_NODE = "http://www.wikidata.org/reference/";
    public static final String WIKIBASE = "http://wikiba.se/ontology#";
    public static final String QUERY_SERVICE = "https://query.wikidata.org/sparql";

    /** member of: full membership */
    public static final String MEMBER_OF = "P463";
    /** official observer status in organization: observer status, a property of its own (Mongolia: the SCO) */
    public static final String OFFICIAL_OBSERVER_STATUS = "P10624";
    /** subject has role: the role of the subject on a statement, where a status's model names one */
    public static final String SUBJECT_HAS_ROLE = "P2868";
    /** object of statement has role */
    public static final String OBJECT_HAS_ROLE = "P3831";
    /** start time */
    public static final String START_TIME = "P580";
    /** end time */
    public static final String END_TIME = "P582";
    /** position held */
    public static final String POSITION_HELD = "P39";
    /** office held by head of state: on a state, the position of its head of state */
    public static final String OFFICE_OF_HEAD_OF_STATE = "P1906";
    /** office held by head of government: on a state, the position of its head of government */
    public static final String OFFICE_OF_HEAD_OF_GOVERNMENT = "P1313";
    /** participant */
    public static final String PARTICIPANT = "P710";
    /** point in time */
    public static final String POINT_IN_TIME = "P585";
    /** location */
    public static final String LOCATION = "P276";
    /** series ordinal */
    public static final String SERIES_ORDINAL = "P1545";
    /** chairperson */
    public static final String CHAIRPERSON = "P488";
    /** reference URL */
    public static final String REFERENCE_URL = "P854";
    /** stated in */
    public static final String STATED_IN = "P248";
    /** title */
    public static final String TITLE = "P1476";
    /** publication date */
    public static final String PUBLICATION_DATE = "P577";
    /** language of work or name */
    public static final String LANGUAGE_OF_WORK = "P407";
    /** retrieved */
    public static final String RETRIEVED = "P813";
    /** quotation */
    public static final String QUOTE = "P1683";
    /** Indonesian (the language of every article read) */
    public static final String INDONESIAN = "Q9240";

    /** The QID of a Wikidata entity IRI, or null when the IRI is not one. */
    public static String qid(String iri) {
        return iri != null && iri.startsWith(ENTITY) && iri.substring(ENTITY.length()).matches("Q\\d+")
                ? iri.substring(ENTITY.length()) : null;
    }
}
