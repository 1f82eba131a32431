package org.scokg.extract.mention;

import org.scokg.reference.DateValue;

/**
 * A date or period written in a sentence. Offsets are into the article body.
 *
 * @param end for a range ("3-4 Juli") or period ("2025–2026") the last day or year, else null
 * @param kind {@code date}, {@code year}, {@code period} or {@code weekday}
 * @param confidence below 1 when the weekday did not agree with the date
 * @param preposition the word before the date, lower case ("pada", "hingga", "sejak"), or ""
 */
public record DateMention(int start, int end, String surface, DateValue value, DateValue last, String kind,
                          double confidence, String preposition) {}
