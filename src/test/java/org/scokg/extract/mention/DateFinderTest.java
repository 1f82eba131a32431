package org.scokg.extract.mention;

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
import org.scokg.article.Article;
import org.scokg.article.ArticleMetadata;
import org.scokg.article.Sentence;

class DateFinderTest {
    private static final DateFinder FINDER = new DateFinder(Lexicon.load());

    /** Dates of {@code text} in an article of the year {@code year}, whose text writes out {@code written}. */
    private static List<DateMention> find(String text, Integer year, LocalDate written) {
        DateAnchor anchor = year == null ? DateAnchor.NONE : DateAnchor.year(year);
        return find(text, written == null ? anchor : anchor.withWritten(written));
    }

    private static List<DateMention> find(String text, DateAnchor anchor) {
        return FINDER.find(new Sentence(0, 0, 0, text.length(), text), anchor);
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
        List<DateMention> found = FINDER.find(new Sentence(3, 1, 500, 500 + text.length(), text), DateAnchor.NONE);
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

    // Dates read against the publication date: one test a form, its example beside it.

    /** Thursday 15 September 2022, the day the SCO summit in Samarkand opened. */
    private static final DateAnchor PUBLISHED = DateAnchor.published(LocalDate.of(2022, 9, 15));

    @Test
    void aWeekdayAloneIsTheLastSuchDayUpToThePublicationDate() {
        // "Kamis" in a report of Thursday 15 September 2022: that day; "Selasa": the 13th
        assertEquals(new DateValue(2022, 9, 15), only(find("Xi Jinping tiba di Samarkand pada Kamis.", PUBLISHED)).value());
        DateMention tuesday = only(find("Para menteri luar negeri bertemu pada Selasa.", PUBLISHED));
        assertEquals(new DateValue(2022, 9, 13), tuesday.value());
        assertEquals("relative", tuesday.kind());
        assertTrue(tuesday.confidence() < 1.0, "a weekday alone is read, not written: " + tuesday);
    }

    @Test
    void aWeekdayAfterAFutureWordIsTheNextSuchDay() {
        // "akan digelar pada Jumat" and "Senin depan" look forward from Thursday 15 September 2022
        assertEquals(new DateValue(2022, 9, 16), only(find("KTT akan digelar pada Jumat di Samarkand.", PUBLISHED)).value());
        assertEquals(new DateValue(2022, 9, 19), only(find("Delegasi pulang Senin depan.", PUBLISHED)).value());
        // "akan" in another clause does not move the day the speaker spoke
        assertEquals(new DateValue(2022, 9, 13),
                only(find("Kami akan hadir, kata menteri itu pada Selasa.", PUBLISHED)).value());
    }

    @Test
    void aDayAndMonthInParentheses() {
        // "(16/10)" in a report of 17 October 2022
        DateMention d = only(find("Pertemuan digelar (16/10) di Astana.", DateAnchor.published(LocalDate.of(2022, 10, 17))));
        assertEquals(new DateValue(2022, 10, 16), d.value());
        assertEquals(0.9, d.confidence(), "completed from the publication date");
        // with its weekday, and a part of the day between: "Minggu malam (16/10)"
        DateMention evening = only(find("Pertemuan digelar Minggu malam (16/10) di Astana.",
                DateAnchor.published(LocalDate.of(2022, 10, 17))));
        assertEquals(new DateValue(2022, 10, 16), evening.value());
        assertEquals(1.0, evening.confidence());
    }

    @Test
    void aDayAndMonthWithYearInParentheses() {
        // "(16/10/2022)": written in full
        DateMention d = only(find("Pertemuan digelar (16/10/2022) di Astana.", DateAnchor.NONE));
        assertEquals(new DateValue(2022, 10, 16), d.value());
        assertEquals(1.0, d.confidence());
    }

    @Test
    void aYearElsewhereInTheTextDoesNotCaptureADayAndMonth() {
        // An article published on 17 October 2022 that recalls the founding in 2001 and the Shanghai
        // Five of 1996 before it dates "(16/10)": the day is of 2022, not of a year the text names.
        String text = "Shanghai Five dibentuk pada 1996 dan SCO didirikan pada 2001.\n\n"
                + "Para menteri bertemu di Astana pada Minggu (16/10) dan Senin (17/10).\n\n"
                + "Pertemuan lanjutan digelar (18/10) di Almaty.";
        Article article = new Article("a.txt", "0".repeat(64), text, List.of(text), sentences(text),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(LocalDate.of(2022, 10, 17)), Optional.empty(), Optional.empty()));
        DateAnchor anchor = FINDER.anchor(article);
        List<DateMention> found = article.sentences().stream().flatMap(s -> FINDER.find(s, anchor).stream()).toList();
        assertEquals(List.of(DateValue.ofYear(1996), DateValue.ofYear(2001), new DateValue(2022, 10, 16),
                new DateValue(2022, 10, 17), new DateValue(2022, 10, 18)), found.stream().map(DateMention::value).toList());
        // without a publication date or a copyright year, "(18/10)" has no year to take: none is guessed
        Article undated = new Article("b.txt", "0".repeat(64), text, List.of(text), sentences(text),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), ArticleMetadata.NONE);
        DateAnchor none = FINDER.anchor(undated);
        assertTrue(undated.sentences().stream().flatMap(s -> FINDER.find(s, none).stream())
                .noneMatch(d -> d.value().year() == 2001 && d.value().month() != 0), "a year of the text taken");
    }

    @Test
    void theCopyrightYearIsTheYearOfADayAndMonthWhenThePublicationDateIsUnknown() {
        DateMention d = only(find("KTT digelar pada Senin (17/10).", DateAnchor.year(2022)));
        assertEquals(new DateValue(2022, 10, 17), d.value());
    }

    @Test
    void aDayAndMonthWithoutYearTakeTheYearNearestThePublicationDate() {
        // "15 Juni" in a report of 15 September 2022 is of 2022; "28 Desember" in one of 2 January 2023 of 2022
        assertEquals(new DateValue(2022, 6, 15), only(find("KTT digelar pada 15 Juni di Astana.", PUBLISHED)).value());
        DateMention december = only(find("Rapat digelar pada 28 Desember di Beijing.",
                DateAnchor.published(LocalDate.of(2023, 1, 2))));
        assertEquals(new DateValue(2022, 12, 28), december.value());
        assertEquals(0.9, december.confidence());
    }

    @Test
    void englishOrder() {
        // "September 15, 2022"
        DateMention d = only(find("The summit opened on September 15, 2022 in Samarkand.", DateAnchor.NONE));
        assertEquals(new DateValue(2022, 9, 15), d.value());
        assertEquals(1.0, d.confidence());
        assertEquals(new DateValue(2022, 9, 15), only(find("KTT dibuka pada Sept. 15, 2022.", DateAnchor.NONE)).value());
    }

    @Test
    void relativeDays() {
        // kemarin, hari ini, besok, lusa in a report of Thursday 15 September 2022
        assertEquals(new DateValue(2022, 9, 14), only(find("Xi tiba di Samarkand kemarin.", PUBLISHED)).value());
        assertEquals(new DateValue(2022, 9, 15), only(find("KTT dibuka hari ini.", PUBLISHED)).value());
        assertEquals(new DateValue(2022, 9, 16), only(find("KTT ditutup besok.", PUBLISHED)).value());
        assertEquals(new DateValue(2022, 9, 17), only(find("Delegasi pulang lusa.", PUBLISHED)).value());
        assertEquals(new DateValue(2022, 9, 13), only(find("Mereka tiba kemarin lusa.", PUBLISHED)).value());
    }

    @Test
    void relativeDaysNeedThePublicationDate() {
        assertTrue(find("Xi tiba di Samarkand kemarin.", 2022, LocalDate.of(2022, 9, 1)).isEmpty(),
                "'kemarin' is read against the publication date only");
    }

    @Test
    void relativeWeeks() {
        // "pekan depan" from Thursday 15 September 2022: Monday 19 to Sunday 25 September
        DateMention next = only(find("Para menteri bertemu pekan depan.", PUBLISHED));
        assertEquals("week", next.kind());
        assertEquals(new DateValue(2022, 9, 19), next.value());
        assertEquals(new DateValue(2022, 9, 25), next.last());
        // "Minggu lalu" is last week, not last Sunday
        DateMention last = only(find("Minggu lalu, para menteri bertemu di Tashkent.", PUBLISHED));
        assertEquals("week", last.kind());
        assertEquals(new DateValue(2022, 9, 5), last.value());
    }

    @Test
    void relativeMonthsAndYears() {
        // "bulan lalu", "tahun lalu", "tahun depan" from 15 September 2022
        assertEquals(new DateValue(2022, 8, 0), only(find("Iran menandatangani memorandum bulan lalu.", PUBLISHED)).value());
        assertEquals(DateValue.ofYear(2021), only(find("KTT tahun lalu digelar di Dushanbe.", PUBLISHED)).value());
        assertEquals(DateValue.ofYear(2023), only(find("India memimpin SCO tahun depan.", PUBLISHED)).value());
        // with only the copyright year, a year can be counted, a month cannot
        assertEquals(DateValue.ofYear(2021), only(find("KTT tahun lalu digelar di Dushanbe.", DateAnchor.year(2022))).value());
        assertTrue(find("Iran menandatangani memorandum bulan lalu.", DateAnchor.year(2022)).isEmpty());
    }

    @Test
    void aWeekdayWithDayAndMonthTakesTheYearTheWeekdayFitsNearThePublicationDate() {
        // "Sabtu (31/12)" in a report of 2 January 2023: Saturday 31 December 2022
        DateMention d = only(find("Pernyataan itu disampaikan pada Sabtu (31/12).", DateAnchor.published(LocalDate.of(2023, 1, 2))));
        assertEquals(new DateValue(2022, 12, 31), d.value());
        assertEquals(1.0, d.confidence());
    }

    @Test
    void aRangeOverAMonthsEnd() {
        // "31 Agustus - 1 September 2025", "30 Desember hingga 2 Januari" (in a report of 3 January 2025)
        DateMention d = only(find("KTT digelar di Tianjin pada 31 Agustus - 1 September 2025.", DateAnchor.NONE));
        assertEquals(new DateValue(2025, 8, 31), d.value());
        assertEquals(new DateValue(2025, 9, 1), d.last());
        DateMention yearEnd = only(find("Latihan berlangsung 30 Desember hingga 2 Januari.", DateAnchor.published(LocalDate.of(2025, 1, 3))));
        assertEquals(new DateValue(2024, 12, 30), yearEnd.value());
        assertEquals(new DateValue(2025, 1, 2), yearEnd.last());
    }

    @Test
    void whatIsGoingOnIsOnThePublicationDate() {
        // "KTT yang tengah berlangsung" in a report of 15 September 2022
        assertEquals(new DateValue(2022, 9, 15), only(find("Pengumuman dibuat di tengah KTT yang tengah berlangsung di Samarkand.", PUBLISHED)).value());
    }

    private static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new java.util.ArrayList<>();
        int start = 0;
        for (String paragraph : text.split("\n\n")) {
            int at = text.indexOf(paragraph, start);
            sentences.add(new Sentence(sentences.size(), sentences.size(), at, at + paragraph.length(), paragraph));
            start = at + paragraph.length();
        }
        return sentences;
    }
}
