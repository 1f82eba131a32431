package org.scokg.extract;

import org.scokg.vocab.MembershipStatus;

import org.scokg.reference.Entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scokg.extract.Facts.date;
import static org.scokg.extract.Facts.id;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scokg.article.Corpus;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.mention.Mention;

/** The facts of the two seed articles, checked against what the articles say. */
class SeedFactsTest {
    static final String SCO = "Q485207";
    static final FactExtractor EXTRACTOR = FactExtractor.standard();

    static final Set<String> TIANJIN_MEMBERS = Set.of("Q148", "Q159", "Q232", "Q813", "Q863", "Q265", "Q668", "Q843", "Q794", "Q184");
    static final Set<String> TIANJIN_OBSERVERS = Set.of("Q711");
    static final Set<String> TIANJIN_PARTNERS = Set.of("Q43", "Q424", "Q227", "Q837", "Q399", "Q79", "Q836", "Q826");
    static final Set<String> TIANJIN_GUESTS = Set.of("Q252", "Q819", "Q833", "Q881");
    static final String LAOS = "Q819";

    static Set<String> states(Extraction x, String org, MembershipStatus status) {
        return x.statuses.stream().filter(s -> id(s.organisation()).equals(org) && s.status() == status)
                .map(s -> id(s.state())).collect(Collectors.toSet());
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Tianjin {
        Extraction x;
        Extraction.Meeting meeting;

        @BeforeAll
        void extract() {
            x = EXTRACTOR.extract(Corpus.read(Corpus.SEED_TIANJIN));
            meeting = x.meetings.isEmpty() ? null : x.meetings.get(0);
        }

        @Test
        void theMeeting() {
            assertNotNull(meeting, Facts.describe(x));
            assertEquals(SCO, id(meeting.organisation));
            assertEquals("2025-09-01", date(meeting.date), "Senin (1/9) in a 2025 article");
            assertEquals("Q11736", id(meeting.place), "Tianjing is Tianjin");
            assertNull(meeting.ordinal, "the text gives no ordinal");
            assertEquals(1, x.meetings.stream().filter(m -> m.date != null).count(), "one dated meeting: " + x.meetings.size());
        }

        @Test
        void theDatelineIsTianjin() {
            assertEquals("Q11736", id(x.dateline));
        }

        @Test
        void membershipStatusesFromTheLists() {
            assertEquals(TIANJIN_MEMBERS, states(x, SCO, MembershipStatus.MEMBER), Facts.describe(x));
            assertEquals(TIANJIN_OBSERVERS, states(x, SCO, MembershipStatus.OBSERVER), "Monglia is Mongolia");
            Set<String> partners = new HashSet<>(TIANJIN_PARTNERS);
            partners.add(LAOS);
            assertEquals(partners, states(x, SCO, MembershipStatus.DIALOGUE_PARTNER));
            assertEquals(Set.of(SCO), x.statuses.stream().map(s -> id(s.organisation())).collect(Collectors.toSet()));
            for (String guest : List.of("Q252", "Q833", "Q881")) {
                assertTrue(x.statuses.stream().noneMatch(s -> id(s.state()).equals(guest)), "a guest has no status: " + guest);
            }
        }

        @Test
        void laosIsADialoguePartnerFromTheMeeting() {
            List<Extraction.Status> laos = x.statuses.stream().filter(s -> id(s.state()).equals(LAOS)).toList();
            assertEquals(1, laos.size(), Facts.describe(x));
            assertEquals(MembershipStatus.DIALOGUE_PARTNER, laos.get(0).status());
            assertEquals("2025-09-01", date(laos.get(0).since()), "accepted at the meeting of 1 September 2025");
            assertTrue(x.article.sentences().get(laos.get(0).source().sentence()).text().contains("penerimaan Laos"));
        }

        @Test
        void listedStatusesHaveNoStartDate() {
            x.statuses.stream().filter(s -> !id(s.state()).equals(LAOS))
                    .forEach(s -> assertNull(s.since(), s.state().label() + " " + s.status() + " has no date in the text"));
        }

        @Test
        void participationWithRoles() {
            Set<String> expected = new HashSet<>();
            TIANJIN_MEMBERS.forEach(q -> expected.add(q + " member"));
            TIANJIN_OBSERVERS.forEach(q -> expected.add(q + " observer"));
            TIANJIN_PARTNERS.forEach(q -> expected.add(q + " dialogue_partner"));
            TIANJIN_GUESTS.forEach(q -> expected.add(q + " guest"));
            Set<String> found = x.participations.stream().map(p -> id(p.state()) + " " + p.role()).collect(Collectors.toSet());
            assertEquals(expected, found, Facts.describe(x));
            assertEquals(23, x.participations.size(), "one participation per state: 10 + 1 + 8 + 4");
            x.participations.forEach(p -> assertSame(meeting, p.meeting(), p.state().label() + " took part in the summit"));
        }

        @Test
        void pledges() {
            assertTrue(x.pledges.size() >= 4, "platforms, centres, photovoltaic capacity, AI centre: " + x.pledges.size());
            x.pledges.forEach(p -> assertEquals("Q148", id(p.pledger()), "pledger of: " + p.text()));
            for (String keyword : List.of("platform", "pusat kerja sama utama", "fotovoltaik", "kecerdasan buatan")) {
                assertTrue(x.pledges.stream().anyMatch(p -> p.text().toLowerCase().contains(keyword)), "no pledge with " + keyword);
            }
            x.pledges.stream().filter(p -> p.meeting() != null)
                    .forEach(p -> assertEquals("2025-09-01", date(p.meeting().date)));
            assertTrue(x.pledges.stream().filter(p -> p.text().contains("fotovoltaik")).allMatch(p -> p.meeting() == meeting));
        }

        @Test
        void thePhotovoltaicPledge() {
            Extraction.Pledge pv = x.pledges.stream().filter(p -> p.text().contains("fotovoltaik")).findFirst()
                    .orElseThrow(() -> new AssertionError("no photovoltaic pledge"));
            assertNotNull(pv.quantity(), "10 juta kilowatt");
            assertEquals(0, new BigDecimal("1E7").compareTo(pv.quantity().value()), pv.quantity().value().toPlainString());
            assertEquals("unit:KiloW", pv.quantity().unit());
            assertEquals("P5Y", pv.timeframe(), "dalam lima tahun ke depan");
        }

        @Test
        void thePhotovoltaicPledgeIsAnnouncedByXi() {
            // "Selain itu menurut Presiden Xi, China akan ..."
            Extraction.Pledge pv = x.pledges.stream().filter(p -> p.text().contains("fotovoltaik")).findFirst().orElseThrow();
            assertNotNull(pv.announcer(), "announced by Presiden Xi (menurut Presiden Xi, ...)");
            assertEquals("Xi Jinping", pv.announcer().name());
        }

        @Test
        void quotedPledgesAreAnnouncedByXi() {
            // '"China akan membangun ...," kata Presiden Xi' and '"Kami siap ...," tambah Presiden Xi'
            for (String keyword : List.of("platform", "kecerdasan buatan")) {
                Extraction.Pledge p = x.pledges.stream().filter(pp -> pp.text().contains(keyword)).findFirst().orElseThrow();
                assertNotNull(p.announcer(), keyword);
                assertEquals("Xi Jinping", p.announcer().name(), keyword);
            }
        }

        @Test
        void noProposals() {
            assertTrue(x.proposals.isEmpty(), "the Tianjin article numbers no proposals: " + x.proposals);
        }

        @Test
        void kyrgyzstanChairs2025To2026() {
            assertEquals(1, x.chairs.size(), x.chairs.toString());
            Extraction.Chair c = x.chairs.get(0);
            assertEquals("Q813", id(c.state()), "Kirgiztan is Kyrgyzstan");
            assertEquals(SCO, id(c.organisation()));
            assertEquals(2025, c.from());
            assertEquals(2026, c.to());
        }

        @Test
        void xiJinpingIsPresidentOfChina() {
            Extraction.OfficeHolding xi = x.offices.stream().filter(o -> o.person().name().equals("Xi Jinping")).findFirst()
                    .orElseThrow(() -> new AssertionError("no office for Xi Jinping: " + x.offices));
            assertEquals("president", xi.role());
            assertEquals("Q148", id(xi.state()));
            assertEquals("Q15031", xi.person().entity().flatMap(Entity::wikidata).orElse(null));
            assertEquals(1, x.offices.stream().filter(o -> o.person().equals(xi.person())).count(),
                    "'Presiden Xi' many times is one office");
        }

        @Test
        void theTradeClaim() {
            Extraction.Claim trade = x.claims.stream().filter(c -> c.text().contains("total perdagangan")).findFirst()
                    .orElseThrow(() -> new AssertionError("no trade claim"));
            assertEquals(0, new BigDecimal("2.3E12").compareTo(trade.quantity().value()));
            assertEquals("currency:USD", trade.quantity().unit());
            assertEquals("MoreThan", trade.quantity().approximation(), "melampaui");
        }

        @Test
        void fourNewCentres() {
            assertEquals(4, x.institutions.size(), x.institutions.toString());
            assertTrue(x.institutions.stream().anyMatch(i -> i.name().equals("Pusat Antinarkoba")));
            assertTrue(x.documents.stream().anyMatch(d -> d.title().startsWith("Deklarasi Tianjin")), x.documents.toString());
        }

        @Test
        void typosResolveWithTheirSurface() {
            for (String[] typo : List.of(new String[] {"Monglia", "Q711"}, new String[] {"Tianjing", "Q11736"},
                    new String[] {"Kirgiztan", "Q813"})) {
                Mention m = x.mentions.stream().filter(mm -> mm.surface().equals(typo[0])).findFirst()
                        .orElseThrow(() -> new AssertionError("no mention of " + typo[0]));
                assertEquals(typo[1], id(m.entity()), typo[0]);
            }
        }

        @Test
        void everyCountInTheTextAgrees() {
            assertTrue(x.notes.isEmpty(), "the lists match their counts (10, 1, 8, 4, 4): " + Facts.describe(x));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Bishkek {
        Extraction x;
        Extraction.Meeting meeting;

        @BeforeAll
        void extract() {
            x = EXTRACTOR.extract(Corpus.read(Corpus.SEED_BISHKEK));
            meeting = x.meetings.isEmpty() ? null : x.meetings.get(0);
        }

        @Test
        void theMeeting() {
            assertNotNull(meeting, Facts.describe(x));
            assertEquals(1, x.meetings.size(), "'KTT SCO 2023 di Kyrgyzstan' and 'KTT ke-22 ... di Bishkek' are one meeting");
            assertEquals(SCO, id(meeting.organisation));
            assertEquals("2023-10-26", date(meeting.date));
            assertEquals("Q9361", id(meeting.place));
            assertEquals(Integer.valueOf(22), meeting.ordinal);
        }

        @Test
        void membersOfTheScoAndFoundersOfTheShanghaiFive() {
            assertEquals(Set.of("Q148", "Q159", "Q232", "Q813", "Q863", "Q265", "Q794"), states(x, SCO, MembershipStatus.MEMBER), Facts.describe(x));
            assertEquals(Set.of("Q148", "Q159", "Q232", "Q813", "Q863"), states(x, "shanghai-five", MembershipStatus.MEMBER));
            x.statuses.stream().filter(s -> id(s.organisation()).equals("shanghai-five"))
                    .forEach(s -> assertEquals("1996-04-26", date(s.since()), s.state().label() + " since the founding"));
            x.statuses.stream().filter(s -> id(s.organisation()).equals(SCO))
                    .forEach(s -> assertTrue(s.since() == null
                                    || (id(s.state()).equals("Q265") && date(s.since()).equals("2001")),
                            s.state().label() + " since " + date(s.since())));
            assertTrue(x.statuses.stream().allMatch(s -> s.status() == MembershipStatus.MEMBER), "no other status in the text");
        }

        @Test
        void theFounding() {
            assertEquals(1, x.foundings.size(), x.foundings.toString());
            Extraction.Founding f = x.foundings.get(0);
            assertEquals("shanghai-five", id(f.organisation()));
            assertEquals("1996-04-26", date(f.date()));
            assertEquals(Set.of("Q148", "Q159", "Q232", "Q813", "Q863"), f.founders().stream().map(Facts::id).collect(Collectors.toSet()));
            assertEquals(SCO, id(f.renamedTo()));
        }

        @Test
        void chinaTookPartAsAMember() {
            Extraction.Participation china = x.participations.stream().filter(p -> id(p.state()).equals("Q148")).findFirst()
                    .orElseThrow(() -> new AssertionError("China's participation: " + Facts.describe(x)));
            assertEquals(MembershipStatus.MEMBER, china.role());
            assertSame(meeting, china.meeting());
            assertNotNull(china.representative());
            assertEquals("Li Qiang", china.representative().name());
        }

        @Test
        void fourNumberedProposals() {
            List<Extraction.Proposal> p = x.proposals;
            assertEquals(List.of(1, 2, 3, 4), p.stream().map(Extraction.Proposal::ordinal).toList(), p.toString());
            List<String> keywords = List.of("keamanan", "ekonomi", "belt and road", "persahabatan");
            for (int i = 0; i < 4; i++) {
                assertTrue(p.get(i).text().toLowerCase().contains(keywords.get(i)), p.get(i).text());
                assertEquals("Q148", id(p.get(i).proposer()), "proposed by China");
                assertSame(meeting, p.get(i).meeting());
                assertTrue(x.article.sentences().get(p.get(i).source().sentence()).text().contains(p.get(i).text()));
            }
            assertTrue(p.get(0).text().startsWith("Pertama, kita perlu"), "no opening quote: " + p.get(0).text());
            assertTrue(x.notes.isEmpty(), "four proposals announced, four numbered: " + Facts.describe(x));
        }

        @Test
        void liQiangIsPrimeMinisterOfChina() {
            Extraction.OfficeHolding li = x.offices.stream().filter(o -> o.person().name().equals("Li Qiang")).findFirst()
                    .orElseThrow(() -> new AssertionError("no office for Li Qiang: " + x.offices));
            assertEquals("prime_minister", li.role());
            assertEquals("Q148", id(li.state()));
            assertTrue(x.offices.stream().noneMatch(o -> o.person().name().equals("Li Qiang") && !o.role().equals("prime_minister")));
        }

        @Test
        void maoLingIsMaoNing() {
            Mention m = x.mentions.stream().filter(mm -> mm.surface().equals("Mao Ling")).findFirst()
                    .orElseThrow(() -> new AssertionError("no mention of Mao Ling"));
            assertEquals("Mao Ning", m.entity().label());
            assertEquals("fuzzy", m.method());
        }

        @Test
        void noChairs() {
            assertTrue(x.chairs.isEmpty(), x.chairs.toString());
        }
    }
}
