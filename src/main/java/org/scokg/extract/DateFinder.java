package org.scokg.extract;

import org.scokg.reference.DateValue;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scokg.article.Sentence;

/**
 * Finds dates in Indonesian news text: {@code 26 Oktober 2023}, {@code 3-4 Juli 2024},
 * {@code Senin (1/9)} (the year taken from the article and checked against the weekday),
 * {@code 26/10/2023}, {@code 2023-10-26}, {@code Juli 2024}, periods {@code 2025–2026} and years
 * {@code pada 2001}. A weekday alone is resolved only against an anchor date of the same text.
 */
public final class DateFinder {
    private static final String DASH = "(?:-|–|—|s\\.d\\.?|sampai|hingga)";
    /** Between two days of one month, "dan" also makes a range ("15 dan 16 Juni 2009"). */
    private static final String DAY_DASH = "(?:-|–|—|s\\.d\\.?|sampai|hingga|dan)";

    private final Map<String, String> months;
    private final Map<String, String> weekdays;
    private final Pattern range;
    private final Pattern full;
    private final Pattern weekdayNumeric;
    private final Pattern numeric = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private final Pattern iso = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private final Pattern monthYear;
    private final Pattern period = Pattern.compile("\\b((?:19|20)\\d{2})\\s*(?:-|–|—|/|s\\.d\\.?|sampai|hingga)\\s*((?:19|20)\\d{2})\\b");
    private final Pattern year = Pattern.compile("(?<![\\d.,/-])((?:19|20)\\d{2})(?![\\d.,]\\d)");
    private final Pattern weekdayAlone;
    private final Pattern wordBefore = Pattern.compile("([\\p{L}]+)\\s*$");

    public DateFinder(Lexicon lexicon) {
        this.months = lexicon.table("months");
        this.weekdays = lexicon.table("weekdays");
        String month = lexicon.alternation("months", true);
        String weekday = lexicon.alternation("weekdays", true);
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        range = Pattern.compile("\\b(\\d{1,2})\\s*" + DAY_DASH + "\\s*(\\d{1,2})\\s+(" + month + ")\\.?(?:\\s+(\\d{4}))?\\b", flags);
        full = Pattern.compile("\\b(\\d{1,2})\\s+(" + month + ")\\.?(?:\\s+(\\d{4}))?\\b", flags);
        weekdayNumeric = Pattern.compile("\\b(" + weekday + ")\\s*,?\\s*\\(\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{2,4}))?\\s*\\)", flags);
        monthYear = Pattern.compile("\\b(" + month + ")\\s+(\\d{4})\\b", flags);
        weekdayAlone = Pattern.compile("\\b(" + weekday + ")\\b(?!\\s*,?\\s*\\()", flags);
    }

    /**
     * The dates of a sentence, in text order.
     *
     * @param articleYear the year of publication, for dates written without one
     * @param anchor a full date from the same text, to resolve a weekday alone
     */
    public List<DateMention> find(Sentence sentence, Optional<Integer> articleYear, Optional<LocalDate> anchor) {
        String text = sentence.text();
        List<DateMention> found = new ArrayList<>();
        boolean[] used = new boolean[text.length()];
        Matcher m = range.matcher(text);
        while (m.find()) {
            Optional<Integer> y = yearOr(m.group(4), articleYear);
            int mon = month(m.group(3));
            if (y.isPresent() && valid(y.get(), mon, m.group(1)) && valid(y.get(), mon, m.group(2))) {
                add(found, used, sentence, m, new DateValue(y.get(), mon, Integer.parseInt(m.group(1))),
                        new DateValue(y.get(), mon, Integer.parseInt(m.group(2))), "date", 1.0);
            }
        }
        m = weekdayNumeric.matcher(text);
        while (m.find()) {
            if (!free(used, m)) {
                continue;
            }
            int day = Integer.parseInt(m.group(2));
            int mon = Integer.parseInt(m.group(3));
            DayOfWeek weekday = DayOfWeek.of(Integer.parseInt(weekdays.get(m.group(1).toLowerCase())));
            Optional<Integer> written = Optional.ofNullable(m.group(4)).map(DateFinder::fullYear);
            Optional<LocalDate> date = resolveWithWeekday(written.or(() -> articleYear), mon, day, weekday, written.isPresent());
            if (date.isPresent()) {
                add(found, used, sentence, m, DateValue.of(date.get()), null, "date", 1.0);
            } else {
                Optional<Integer> y = written.or(() -> articleYear);
                if (y.isPresent() && valid(y.get(), mon, m.group(2))) {
                    add(found, used, sentence, m, new DateValue(y.get(), mon, day), null, "date", 0.5);
                }
            }
        }
        m = full.matcher(text);
        while (m.find()) {
            Optional<Integer> y = yearOr(m.group(3), articleYear);
            int mon = month(m.group(2));
            if (free(used, m) && y.isPresent() && valid(y.get(), mon, m.group(1))) {
                add(found, used, sentence, m, new DateValue(y.get(), mon, Integer.parseInt(m.group(1))), null, "date",
                        m.group(3) != null ? 1.0 : 0.9);
            }
        }
        for (Pattern p : List.of(numeric, iso)) {
            m = p.matcher(text);
            while (m.find()) {
                boolean isIso = p == iso;
                int y = Integer.parseInt(m.group(isIso ? 1 : 3));
                int mon = Integer.parseInt(m.group(2));
                String d = m.group(isIso ? 3 : 1);
                if (free(used, m) && valid(y, mon, d)) {
                    add(found, used, sentence, m, new DateValue(y, mon, Integer.parseInt(d)), null, "date", 1.0);
                }
            }
        }
        m = monthYear.matcher(text);
        while (m.find()) {
            if (free(used, m)) {
                add(found, used, sentence, m, new DateValue(Integer.parseInt(m.group(2)), month(m.group(1)), 0), null, "date", 1.0);
            }
        }
        m = period.matcher(text);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (free(used, m) && to >= from && to - from <= 10) {
                add(found, used, sentence, m, DateValue.ofYear(from), DateValue.ofYear(to), "period", 1.0);
            }
        }
        m = year.matcher(text);
        while (m.find()) {
            if (free(used, m)) {
                add(found, used, sentence, m, DateValue.ofYear(Integer.parseInt(m.group(1))), null, "year", 1.0);
            }
        }
        if (anchor.isPresent()) {
            m = weekdayAlone.matcher(text);
            while (m.find()) {
                // a weekday name is capitalised; "minggu" in running text is "week"
                if (free(used, m) && Character.isUpperCase(m.group(1).charAt(0))) {
                    DayOfWeek weekday = DayOfWeek.of(Integer.parseInt(weekdays.get(m.group(1).toLowerCase())));
                    LocalDate date = anchor.get();
                    while (date.getDayOfWeek() != weekday) {
                        date = date.plusDays(1);
                    }
                    add(found, used, sentence, m, DateValue.of(date), null, "weekday", 0.7);
                }
            }
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    private Optional<LocalDate> resolveWithWeekday(Optional<Integer> year, int month, int day, DayOfWeek weekday,
                                                   boolean yearWritten) {
        if (year.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> candidates = yearWritten ? List.of(year.get()) : List.of(year.get(), year.get() - 1, year.get() + 1);
        for (int y : candidates) {
            try {
                LocalDate date = LocalDate.of(y, month, day);
                if (date.getDayOfWeek() == weekday) {
                    return Optional.of(date);
                }
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private void add(List<DateMention> found, boolean[] used, Sentence sentence, Matcher m, DateValue value,
                     DateValue last, String kind, double confidence) {
        for (int i = m.start(); i < m.end(); i++) {
            used[i] = true;
        }
        String before = sentence.text().substring(0, m.start());
        Matcher w = wordBefore.matcher(before);
        String preposition = w.find() ? w.group(1).toLowerCase() : "";
        found.add(new DateMention(sentence.start() + m.start(), sentence.start() + m.end(), m.group(), value, last,
                kind, confidence, preposition));
    }

    private static boolean free(boolean[] used, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private int month(String name) {
        return Integer.parseInt(months.get(name.toLowerCase()));
    }

    private static Optional<Integer> yearOr(String written, Optional<Integer> articleYear) {
        return written != null ? Optional.of(Integer.parseInt(written)) : articleYear;
    }

    private static int fullYear(String y) {
        int v = Integer.parseInt(y);
        return v < 100 ? 2000 + v : v;
    }

    private static boolean valid(int year, int month, String day) {
        try {
            LocalDate.of(year, month, Integer.parseInt(day));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
