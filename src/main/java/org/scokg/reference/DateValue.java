package org.scokg.reference;

import java.time.LocalDate;

/**
 * A calendar date known to the year, the month or the day.
 *
 * @param month 0 when unknown
 * @param day 0 when unknown
 */
public record DateValue(int year, int month, int day) {
    public static DateValue ofYear(int year) {
        return new DateValue(year, 0, 0);
    }

    public static DateValue of(LocalDate date) {
        return new DateValue(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public boolean isFullDate() {
        return day != 0;
    }

    /** The lexical form: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
    public String lexical() {
        if (day != 0) {
            return String.format("%04d-%02d-%02d", year, month, day);
        }
        return month != 0 ? String.format("%04d-%02d", year, month) : String.format("%04d", year);
    }

    /** Whether both can describe the same day: every part known to both is equal. */
    public boolean compatible(DateValue other) {
        return year == other.year
                && (month == 0 || other.month == 0 || month == other.month)
                && (day == 0 || other.day == 0 || day == other.day);
    }

    /** The more precise of two compatible dates. */
    public DateValue moreSpecific(DateValue other) {
        return precision() >= other.precision() ? this : other;
    }

    private int precision() {
        return day != 0 ? 3 : month != 0 ? 2 : 1;
    }
}
