package org.scokg.wikidata.model;

/**
 * A point in time as Wikibase stores it: year, month and day with a precision (9 year, 10 month,
 * 11 day); the parts finer than the precision are zero.
 */
public record WikidataTime(int year, int month, int day, int precision) {
    public static final int YEAR = 9;
    public static final int MONTH = 10;
    public static final int DAY = 11;

    /** The time of a graph date: {@code 2025-09-01} (xsd:date), {@code 2017-06} (gYearMonth), {@code 2004} (gYear). */
    public static WikidataTime ofLexical(String lexical) {
        String[] parts = lexical.split("-");
        int year = Integer.parseInt(parts[0]);
        int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        int day = parts.length > 2 ? Integer.parseInt(parts[2].substring(0, 2)) : 0;
        return new WikidataTime(year, month, day, parts.length > 2 ? DAY : parts.length > 1 ? MONTH : YEAR);
    }

    /** The time of a Wikibase value: {@code 2025-09-01T00:00:00Z} with its wikibase:timePrecision. */
    public static WikidataTime ofWikibase(String dateTime, int precision) {
        String date = dateTime.startsWith("+") ? dateTime.substring(1) : dateTime;
        String[] parts = date.substring(0, date.indexOf('T')).split("-");
        int p = Math.min(precision, DAY);
        return new WikidataTime(Integer.parseInt(parts[0]), p >= MONTH ? Integer.parseInt(parts[1]) : 0,
                p >= DAY ? Integer.parseInt(parts[2]) : 0, p);
    }

    /** QuickStatements V1: {@code +2025-09-01T00:00:00Z/11}. */
    public String quickStatements() {
        return "+%04d-%02d-%02dT00:00:00Z/%d".formatted(year, month, day, precision);
    }

    /** The xsd:dateTime lexical form Wikibase RDF gives a time: the parts below the precision are 01 there. */
    public String dateTime() {
        return "%04d-%02d-%02dT00:00:00Z".formatted(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The same time said as far as both precisions go: 2025 agrees with 2025-09-01, 2024 does not. */
    public boolean agrees(WikidataTime other) {
        int common = Math.min(precision, other.precision);
        return year == other.year
                && (common < MONTH || month == other.month)
                && (common < DAY || day == other.day);
    }

    /** The graph's way of writing it: {@code 2025-09-01}, {@code 2017-06}, {@code 2004}. */
    @Override
    public String toString() {
        return precision >= DAY ? "%04d-%02d-%02d".formatted(year, month, day)
                : precision == MONTH ? "%04d-%02d".formatted(year, month) : "%04d".formatted(year);
    }
}
