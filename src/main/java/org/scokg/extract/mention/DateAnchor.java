package org.scokg.extract.mention;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the incomplete dates of an article are read against: the publication date, which is "today"
 * for "kemarin", "Kamis", "(16/10)" and "bulan lalu"; else the year of publication (a copyright line),
 * for a day and month written without a year; else nothing. A year found elsewhere in the text is
 * never taken for it: an article of 2022 that recalls the founding in 2001 is not dated 2001.
 *
 * @param published the publication date (the source's, or the text's date line)
 * @param year the year of publication
 * @param written the first full date the text writes out, with its year: when the publication
 *        date is unknown, a weekday alone is read as the next such day after it, as a guess
 */
public record DateAnchor(Optional<LocalDate> published, Optional<Integer> year, Optional<LocalDate> written) {
    public static final DateAnchor NONE = new DateAnchor(Optional.empty(), Optional.empty(), Optional.empty());

    public static DateAnchor published(LocalDate date) {
        return new DateAnchor(Optional.of(date), Optional.of(date.getYear()), Optional.empty());
    }

    public static DateAnchor year(int year) {
        return new DateAnchor(Optional.empty(), Optional.of(year), Optional.empty());
    }

    /** This anchor, with a date written in the text for a weekday alone. */
    public DateAnchor withWritten(LocalDate date) {
        return new DateAnchor(published, year, Optional.of(date));
    }
}
