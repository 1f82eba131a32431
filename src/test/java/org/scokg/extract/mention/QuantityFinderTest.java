package org.scokg.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scokg.article.Sentence;

class QuantityFinderTest {
    private static final QuantityFinder FINDER = new QuantityFinder(Lexicon.load());

    private static List<Quantity> find(String text) {
        return FINDER.find(new Sentence(0, 0, 0, text.length(), text));
    }

    private static Quantity only(String text) {
        List<Quantity> found = find(text);
        assertEquals(1, found.size(), "one amount expected in '" + text + "': " + found);
        return found.get(0);
    }

    private static void assertValue(String expected, Quantity q) {
        assertEquals(0, new BigDecimal(expected).compareTo(q.value()), "value of '" + q.surface() + "': " + q.value());
    }

    @Test
    void dotsGroupThousands() {
        Quantity q = only("Rute darat sepanjang 14.000 kilometer.");
        assertValue("14000", q);
        assertEquals("unit:KiloM", q.unit());
        assertValue("110000", only("Ada 110.000 layanan kereta api."));
        assertValue("1250000", only("Sebanyak 1.250.000 penumpang."));
    }

    @Test
    void commaIsTheDecimalMark() {
        Quantity q = only("Total perdagangan mencapai 2,3 triliun dolar AS.");
        assertValue("2300000000000", q);
        assertEquals("currency:USD", q.unit());
        assertTrue(q.surface().startsWith("2,3 triliun dolar AS"), q.surface());
    }

    @Test
    void scaleAndUnit() {
        Quantity q = find("Kapasitas naik sebesar 10 juta kilowatt dalam lima tahun ke depan.").stream()
                .filter(Quantity::hasUnit).findFirst().orElseThrow(() -> new AssertionError("no 10 juta kilowatt"));
        assertValue("10000000", q);
        assertEquals("unit:KiloW", q.unit());
        assertNull(q.approximation());
        assertNull(q.countedThing());
    }

    @Test
    void theSurfaceEndsWithTheUnit() {
        // The word after a unit is not part of the amount: it is recorded as the amount's surface form.
        Quantity kw = find("Kapasitas naik sebesar 10 juta kilowatt dalam lima tahun ke depan.").get(0);
        assertEquals("10 juta kilowatt", kw.surface());
        Quantity km = only("Jaringan itu memiliki hampir 14.000 kilometer rute darat.");
        assertEquals("hampir 14.000 kilometer", km.surface());
        Quantity usd = only("China menyediakan pinjaman US$ 5 miliar untuk proyek itu.");
        assertEquals("US$ 5 miliar", usd.surface());
    }

    @Test
    void approximators() {
        Quantity almost = only("Jaringan itu memiliki hampir 14.000 kilometer rute darat.");
        assertEquals("Almost", almost.approximation());
        assertValue("14000", almost);
        assertEquals("unit:KiloM", almost.unit());

        Quantity more = only("Kereta telah mengoperasikan lebih dari 110.000 layanan.");
        assertEquals("MoreThan", more.approximation());
        assertValue("110000", more);

        Quantity about = only("Penduduknya sekitar 680 juta jiwa.");
        assertEquals("Approximately", about.approximation());
        assertValue("680000000", about);
    }

    @Test
    void currencySignsBeforeTheNumber() {
        Quantity usd = only("China menyediakan pinjaman US$ 5 miliar.");
        assertValue("5000000000", usd);
        assertEquals("currency:USD", usd.unit());

        Quantity idr = only("Proyek itu bernilai Rp 1,2 triliun.");
        assertValue("1200000000000", idr);
        assertEquals("currency:IDR", idr.unit());
    }

    @Test
    void otherCurrenciesAfterTheNumber() {
        Quantity cny = only("China akan menghibahkan 2 miliar yuan kepada anggota SCO.");
        assertValue("2000000000", cny);
        assertEquals("currency:CNY", cny.unit());
        Quantity idr = only("Anggaran 500 miliar rupiah disiapkan.");
        assertValue("500000000000", idr);
        assertEquals("currency:IDR", idr.unit());
    }

    @Test
    void aCountOfThings() {
        Quantity q = only("Latihan itu melibatkan 2.000 personel dari berbagai negara.");
        assertValue("2000", q);
        assertEquals("personel", q.countedThing());
        assertNull(q.unit());
        assertTrue(q.surface().startsWith("2.000 personel"), q.surface());
    }

    @Test
    void numberWords() {
        Quantity q = only("SCO memiliki sepuluh negara anggota.");
        assertValue("10", q);
        assertEquals(Integer.valueOf(8), FINDER.integer("delapan"));
        assertEquals(Integer.valueOf(4), FINDER.integer("empat"));
        assertEquals(Integer.valueOf(10), FINDER.integer("10"));
        assertNull(FINDER.integer("banyak"));
    }

    @Test
    void ordinalsAreNotAmounts() {
        assertTrue(find("KTT ke-22 SCO digelar di Bishkek.").isEmpty(), "ke-22 is an ordinal: " + find("KTT ke-22 SCO digelar di Bishkek."));
    }

    @Test
    void offsetsAreIntoTheBody() {
        String text = "Dana sebesar 2 miliar yuan.";
        Quantity q = FINDER.find(new Sentence(0, 0, 1000, 1000 + text.length(), text)).get(0);
        assertEquals(1000 + text.indexOf("2 miliar"), q.start());
        assertEquals(q.surface(), text.substring(q.start() - 1000, q.end() - 1000));
    }

    @Test
    void timeframes() {
        assertEquals(Optional.of("P5Y"), FINDER.timeframe("sebesar 10 juta kilowatt dalam lima tahun ke depan"));
        assertEquals(Optional.of("P3M"), FINDER.timeframe("proyek selesai dalam 3 bulan mendatang"));
        assertEquals(Optional.of("P2W"), FINDER.timeframe("dalam waktu dua minggu ke depan"));
        assertEquals(Optional.empty(), FINDER.timeframe("selama lima tahun terakhir"));
    }
}
