package org.scokg.extract;

import org.scokg.reference.DateValue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scokg.article.Sentence;

class DateFinderTest {
    private static final DateFinder FINDER = new DateFinder(Lexicon.load());

    private static List<DateMention> find(String text, Integer year, LocalDate anchor) {
        return FINDER.find(new Sentence(0, 0, 0, text.length(), text), Optional.ofNullable(year), Optional.ofNullable(anchor));
    }

    private static DateMention only(List<DateMention> found) {
        assertEquals(1, found.size(), "one date expected: " + found);
        return found.get(0);
    }

    @Test
    void aFullDate() {
        DateMention d = only(find("PM Li Qiang pada 26 Oktober 2023 menghadiri KTT ke-22 SCO.", null, null));
        assertEquals(new DateValue(2023, 10, 26), d.value());
        assertEquals("2023-10-26", d.value().lexical());
        assertEquals("date", d.kind());
        assertEquals("26 Oktober 2023", d.surface());
        assertEquals("pada", d.preposition());
        assertEquals(1.0, d.confidence());
        assertNull(d.last());
    }

    @Test
    void offsetsAreIntoTheBody() {
        String text = "KTT digelar pada 26 Oktober 2023.";
        List<DateMention> found = FINDER.find(new Sentence(3, 1, 500, 500 + text.length(), text), Optional.empty(), Optional.empty());
        DateMention d = only(found);
        assertEquals(500 + text.indexOf("26"), d.start());
        assertEquals(500 + text.indexOf("2023") + 4, d.end());
    }

    @Test
    void aDayAndMonthTakeTheArticleYear() {
        DateMention d = only(find("KTT digelar pada 15 Juni di Astana.", 2017, null));
        assertEquals(new DateValue(2017, 6, 15), d.value());
        assertTrue(find("KTT digelar pada 15 Juni di Astana.", null, null).isEmpty(), "no year, no date");
    }

    @Test
    void aRangeOfDays() {
        DateMention d = only(find("KTT berlangsung pada 3-4 Juli 2024 di Astana.", null, null));
        assertEquals(new DateValue(2024, 7, 3), d.value());
        assertEquals(new DateValue(2024, 7, 4), d.last());
        DateMention dash = only(find("KTT berlangsung pada 15–16 September 2022 di Samarkand.", null, null));
        assertEquals(new DateValue(2022, 9, 15), dash.value());
        assertEquals(new DateValue(2022, 9, 16), dash.last());
    }

    @Test
    void aWeekdayWithDayAndMonthIsCheckedAgainstTheWeekday() {
        // 1 September 2025 is a Monday.
        DateMention d = only(find("KTT SCO Plus di Tianjin pada Senin (1/9).", 2025, null));
        assertEquals(new DateValue(2025, 9, 1), d.value());
        assertEquals(1.0, d.confidence());
        assertEquals(DayOfWeek.MONDAY, LocalDate.of(2025, 9, 1).getDayOfWeek());
    }

    @Test
    void aWeekdayThatDoesNotFitTheArticleYearIsNotTakenAtFaceValue() {
        // 1 September is a Sunday in 2024, a Monday in 2025 and a Tuesday in 2026: a Wednesday fits none.
        DateMention wrong = only(find("KTT digelar pada Rabu (1/9).", 2025, null));
        assertTrue(wrong.confidence() < 1.0, "a weekday that contradicts the date lowers the confidence: " + wrong);
        // A Tuesday fits 2026, the year next to the article's: either that year or a lower confidence.
        DateMention other = only(find("KTT digelar pada Selasa (1/9).", 2025, null));
        boolean resolvedElsewhere = other.value().year() != 2025 && LocalDate.of(other.value().year(), 9, 1).getDayOfWeek() == DayOfWeek.TUESDAY;
        assertTrue(resolvedElsewhere || other.confidence() < 1.0, "Selasa (1/9) with 2025: " + other);
        assertFalse(other.value().equals(new DateValue(2025, 9, 1)) && other.confidence() == 1.0);
    }

    @Test
    void aWeekdayWithAFullNumericDate() {
        DateMention d = only(find("Pertemuan berlangsung Kamis (26/10/2023) di Bishkek.", 2025, null));
        assertEquals(new DateValue(2023, 10, 26), d.value());
        assertEquals(1.0, d.confidence());
    }

    @Test
    void aYearAfterPada() {
        DateMention d = only(find("Uzbekistan bergabung secara penuh pada 2001.", null, null));
        assertEquals(DateValue.ofYear(2001), d.value());
        assertEquals("2001", d.value().lexical());
        assertEquals("year", d.kind());
        assertEquals("pada", d.preposition());
        assertFalse(d.value().isFullDate());
    }

    @Test
    void numbersThatAreNotYearsAreNotDates() {
        assertTrue(find("Ada 14.000 kilometer rute dan 2.000 personel.", 2025, null).isEmpty());
        assertTrue(find("Perdagangan mencapai 2,3 triliun dolar AS.", 2025, null).isEmpty());
    }

    @Test
    void periodsWithEnDashAndHyphen() {
        for (String text : List.of("Kirgiztan memegang jabatan presiden SCO untuk periode 2025–2026.",
                "Kirgiztan memegang jabatan presiden SCO untuk periode 2025-2026.")) {
            DateMention d = only(find(text, 2025, null));
            assertEquals("period", d.kind(), text);
            assertEquals(DateValue.ofYear(2025), d.value(), text);
            assertEquals(DateValue.ofYear(2026), d.last(), text);
        }
    }

    @Test
    void aWeekdayAloneIsResolvedOnlyAgainstAnAnchor() {
        String text = "Hal itu disampaikan juru bicara Mao Ning di Beijing pada Jumat.";
        assertTrue(find(text, 2023, null).isEmpty(), "without an anchor a weekday alone is never guessed");
        // The anchor is Thursday 26 October 2023; the Friday is the 27th.
        LocalDate anchor = LocalDate.of(2023, 10, 26);
        DateMention d = only(find(text, 2023, anchor));
        assertEquals("weekday", d.kind());
        LocalDate date = LocalDate.of(d.value().year(), d.value().month(), d.value().day());
        assertEquals(DayOfWeek.FRIDAY, date.getDayOfWeek());
        assertTrue(Math.abs(ChronoUnit.DAYS.between(anchor, date)) < 7, "the Friday of the anchor's week: " + date);
        assertEquals(LocalDate.of(2023, 10, 27), date);
        assertTrue(d.confidence() < 1.0);
    }

    @Test
    void theWordForWeekIsNotSunday() {
        // "minggu" in lower case is "week"; only "Minggu" is Sunday.
        List<DateMention> found = find("Kerja sama itu akan dimulai dalam dua minggu ke depan.", 2023, LocalDate.of(2023, 10, 26));
        assertTrue(found.isEmpty(), "'dua minggu' (two weeks) read as a date: " + found);
    }

    @Test
    void aMonthAndYear() {
        DateMention d = only(find("Iran resmi menjadi anggota penuh pada Juli 2023.", null, null));
        assertEquals(new DateValue(2023, 7, 0), d.value());
        assertEquals("2023-07", d.value().lexical());
    }

    @Test
    void severalDatesComeInTextOrder() {
        List<DateMention> found = find("Shanghai Five dibentuk pada 26 April 1996, dan berganti nama pada 15 Juni 2001.", null, null);
        assertEquals(2, found.size());
        assertEquals(new DateValue(1996, 4, 26), found.get(0).value());
        assertEquals(new DateValue(2001, 6, 15), found.get(1).value());
    }

    @Test
    void impossibleDatesAreDropped() {
        assertTrue(find("Rapat pada 31 Februari 2023 dibatalkan.", null, null).stream()
                .noneMatch(d -> d.value().month() == 2 && d.value().day() == 31));
    }
}
