package org.scokg.extract.mention;

import org.scokg.reference.EntityKind;
import org.scokg.reference.Gazetteer;
import org.scokg.reference.Names;
import org.scokg.reference.ReferenceData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scokg.article.Article;
import org.scokg.article.Corpus;
import org.scokg.article.Sentence;

class MentionFinderTest {
    private static final Gazetteer GAZETTEER = new Gazetteer(ReferenceData.load());
    private static final MentionFinder FINDER = new MentionFinder(GAZETTEER);

    private static List<Mention> mentions(String body) {
        Article a = Corpus.article("mentions.txt", Corpus.antara("Jakarta", body, 2025));
        List<Mention> found = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            found.addAll(FINDER.find(a, s, Tokenizer.tokens(s)));
        }
        return found;
    }

    private static Mention mentionOf(List<Mention> found, String surface) {
        return found.stream().filter(m -> m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + found));
    }

    private static void assertFuzzy(String sentence, String surface, String label, EntityKind kind) {
        Mention m = mentionOf(mentions(sentence), surface);
        assertEquals(label, m.entity().label(), surface);
        assertEquals(kind, m.entity().kind(), surface);
        assertEquals("fuzzy", m.method(), surface + " is a typo, found by edit distance");
        assertEquals(surface, m.surface(), "the surface form is kept");
        assertTrue(m.distance() >= 1 && m.distance() <= 2, surface + " distance " + m.distance());
    }

    @Test
    void monglia() {
        assertFuzzy("Hadir juga satu kepala negara pemantau yaitu Monglia dalam KTT SCO.", "Monglia", "Mongolia", EntityKind.STATE);
    }

    @Test
    void tianjing() {
        assertFuzzy("Konferensi itu digelar di Tianjing pada Senin (1/9) oleh SCO.", "Tianjing", "Tianjin", EntityKind.CITY);
    }

    @Test
    void kirgiztan() {
        assertFuzzy("KTT memutuskan bahwa Kirgiztan akan memegang jabatan presiden SCO untuk periode 2025–2026.",
                "Kirgiztan", "Kyrgyzstan", EntityKind.STATE);
    }

    @Test
    void maoLing() {
        assertFuzzy("Usulan itu disampaikan oleh juru bicara Mao Ling kepada media di Beijing.", "Mao Ling", "Mao Ning", EntityKind.PERSON);
    }

    @Test
    void exactNamesAndAliasesAreNotFuzzy() {
        List<Mention> found = mentions("Presiden Xi Jinping bertemu pemimpin Kyrgyzstan dan Mongolia di Tianjin.");
        assertEquals("exact", mentionOf(found, "Mongolia").method());
        assertEquals("exact", mentionOf(found, "Tianjin").method());
        assertEquals(0, mentionOf(found, "Tianjin").distance());
        assertTrue(List.of("exact", "alias").contains(mentionOf(found, "Kyrgyzstan").method()));
        assertEquals("Kyrgyzstan", mentionOf(found, "Kyrgyzstan").entity().label());
    }

    @Test
    void chinaByEveryName() {
        List<Mention> found = mentions("Tiongkok, China, RRT dan Republik Rakyat Tiongkok adalah nama yang sama.");
        for (String name : List.of("Tiongkok", "China", "RRT", "Republik Rakyat Tiongkok")) {
            Mention m = mentionOf(found, name);
            assertEquals(Optional.of("Q148"), m.entity().wikidata(), name);
            assertEquals(EntityKind.STATE, m.entity().kind(), name);
        }
        assertEquals(4, found.size(), "the longest name wins, no mention inside another: " + found);
    }

    @Test
    void shortNamesAreNeverFuzzyMatched() {
        // One edit away from China, Iran, Laos, Oman, Nepal: too short to guess.
        List<Mention> found = mentions("Delegasi Chima, Iram, Laoz, Omar dan Nepel tiba di gedung itu bersama rombongan.");
        assertTrue(found.isEmpty(), "short names fuzzy-matched: " + found);
        assertEquals(Optional.empty(), GAZETTEER.fuzzy(Names.normalize("Chima")));
        assertEquals(Optional.empty(), GAZETTEER.fuzzy(Names.normalize("Nepel")));
    }

    @Test
    void lowercaseWordsAreNotCountries() {
        List<Mention> found = mentions("Harga naik seperti biasa, as roda dan ban mobil itu dibeli dari toko china di kota.");
        assertTrue(found.isEmpty(), "lower-case words taken for names: " + found);
    }

    @Test
    void shortNamesMatchOnlyInCapitals() {
        List<Mention> upper = mentions("Presiden AS dan Menlu RI bertemu di Jakarta untuk membahas kerja sama.");
        assertEquals(Optional.of("Q30"), mentionOf(upper, "AS").entity().wikidata());
        assertEquals(Optional.of("Q252"), mentionOf(upper, "RI").entity().wikidata());
        List<Mention> mixed = mentions("As roda itu patah ketika truk melintas di jalan menuju pelabuhan.");
        assertTrue(mixed.isEmpty(), "'As' at the start of a sentence is not the United States: " + mixed);
    }

    @Test
    void mentionOffsetsPointAtTheSurface() {
        Article a = Corpus.article("offsets.txt", Corpus.antara("Jakarta",
                "Pertemuan itu dihadiri Monglia dan Kirgistan. Para pemimpin SCO hadir di Tianjing.", 2025));
        for (Sentence s : a.sentences()) {
            for (Mention m : FINDER.find(a, s, Tokenizer.tokens(s))) {
                assertEquals(m.surface(), a.body().substring(m.start(), m.end()));
                assertEquals(s.index(), m.sentence());
            }
        }
    }

    @Test
    void gazetteerFuzzyIsBoundedAndUnambiguous() {
        assertEquals("Mongolia", GAZETTEER.fuzzy("monglia").orElseThrow().getKey().entity().label());
        assertEquals(Optional.empty(), GAZETTEER.fuzzy("mxngxlxa"), "three edits are too many");
        assertEquals(Optional.empty(), GAZETTEER.fuzzy(Names.normalize("Malaysiaxyz")), "three edits are too many");
    }
}
