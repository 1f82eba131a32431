package org.scokg.bench.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.scokg.bench.corpus.MeetingHistory.Kind;
import org.scokg.bench.corpus.MeetingHistory.Leader;
import org.scokg.bench.corpus.MeetingHistory.Meeting;
import org.scokg.bench.corpus.MeetingHistory.Pledge;
import org.scokg.reference.Entity;
import org.scokg.vocab.MembershipStatus;

/**
 * One news report of an SCO meeting, in Indonesian, with the facts it states: written from the meeting's row
 * of {@code data/bench/meetings.tsv}, its pledges and the reference data's statuses on its days, in phrasings
 * modelled on the articles of the test sets, with paragraphs of background that state nothing checkable.
 */
final class MeetingReport {
    /** The report: its headline, the city of its dateline, its paragraphs, its day of publication and its gold. */
    record Story(String headline, String datelineCity, List<String> paragraphs, LocalDate published, GoldFacts gold) {}

    private static final List<String> BACKGROUND = List.of(
            "Para pemimpin membahas kerja sama di bidang keamanan, ekonomi dan kebudayaan, termasuk upaya bersama memerangi terorisme, separatisme dan ekstremisme.",
            "Pertemuan tersebut juga menyoroti pentingnya konektivitas kawasan melalui pembangunan jalan raya, jalur kereta api dan jaringan energi.",
            "Menurut sejumlah pengamat hubungan internasional, organisasi itu kini menjadi salah satu forum regional terpenting di kawasan Eurasia.",
            "Seusai pertemuan, para pemimpin menandatangani deklarasi bersama serta sejumlah dokumen kerja sama di bidang perdagangan, transportasi dan kepabeanan.",
            "Perdagangan dalam mata uang lokal dan penguatan lembaga keuangan regional juga menjadi bahan pembicaraan para delegasi.",
            "Kerja sama di bidang pendidikan, kesehatan, pariwisata dan pertukaran budaya disebut akan terus diperluas pada tahun-tahun mendatang.",
            "Keamanan di sekitar lokasi pertemuan dijaga ketat, sementara ratusan jurnalis dari berbagai negara meliput jalannya acara dari pusat media.",
            "Sebelum sidang pleno, para kepala delegasi bertemu dalam format terbatas untuk membahas situasi keamanan kawasan.",
            "Para menteri luar negeri telah lebih dulu bertemu beberapa pekan sebelumnya untuk menyiapkan rancangan dokumen yang akan disahkan.",
            "Ketahanan pangan, perubahan iklim dan transformasi digital termasuk isu yang dibahas dalam sesi diskusi.",
            "Para peserta juga sepakat memperkuat kerja sama antarparlemen dan antarlembaga pemikir di negara-negara anggota.",
            "Sejumlah forum bisnis digelar di sela pertemuan untuk mempertemukan para pengusaha dari kawasan tersebut.",
            "Dalam sesi tertutup, para kepala delegasi bertukar pandangan mengenai perkembangan situasi global dan regional yang dinilai semakin kompleks.",
            "Para peserta menegaskan kembali komitmen terhadap prinsip saling percaya, saling menguntungkan, kesetaraan, saling konsultasi, penghormatan terhadap keragaman budaya dan aspirasi pembangunan bersama.",
            "Kerja sama energi, termasuk pengembangan energi terbarukan dan jaringan pipa lintas negara, menjadi salah satu agenda utama pembahasan ekonomi.",
            "Pembangunan koridor transportasi dan logistik yang menghubungkan kawasan Asia Tengah dengan pelabuhan-pelabuhan besar dinilai akan menurunkan biaya perdagangan.",
            "Para delegasi juga membahas upaya pemberantasan perdagangan narkotika dan kejahatan lintas negara yang terorganisasi.",
            "Di bidang kemanusiaan, para peserta mendorong pertukaran mahasiswa, kerja sama media serta penyelenggaraan festival seni dan budaya secara bergiliran.",
            "Sejumlah analis menilai pertemuan kali ini berlangsung dalam suasana yang konstruktif meskipun terdapat perbedaan pandangan mengenai beberapa isu.",
            "Dokumen-dokumen yang disahkan dalam pertemuan itu mencakup bidang keamanan informasi, kerja sama perbankan dan pengembangan usaha kecil dan menengah.");
    private static final List<String> REPORTERS = List.of("Fitri Handayani", "Bambang Kurniawan", "Rina Kusuma", "Budi Santoso",
            "Yohanes Kristianto", "Nurul Hidayah", "Dewi Lestari", "Agus Salim", "Siti Rahmawati", "Hendra Gunawan",
            "Maria Ulfa", "Rizky Pratama", "Ahmad Fauzi", "Lina Marlina", "Teguh Wibowo", "Putri Anggraini");

    private static final List<String> NUMBERS = List.of("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
            "sembilan", "sepuluh");

    private final ReferenceFacts reference;
    private final MeetingHistory history;

    MeetingReport(ReferenceFacts reference, MeetingHistory history) {
        this.reference = reference;
        this.history = history;
    }

    Story write(Meeting meeting, Random random) {
        GoldFacts gold = new GoldFacts();
        Entity host = reference.state(meeting.host());
        Entity city = reference.city(meeting.city());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(lead(meeting, host, city, random));
        gold.meeting(meeting.start(), city, city.wikidata().isPresent(), meeting.ordinal());
        meeting.presider().ifPresent(p -> {
            paragraphs.add(presided(meeting, p, random));
            gold.person(p.name(), p.role(), host);
            gold.hostChair(host);
        });
        for (Pledge pledge : history.pledgesAt(meeting)) {
            Entity pledger = reference.state(pledge.speaker().state());
            boolean dayStated = random.nextBoolean();
            paragraphs.add(pledged(pledge, pledger, dayStated, random));
            // a pledge said at the meeting without its day is dated by the meeting, as the test sets' gold dates it
            gold.pledge(pledger, dayStated ? pledge.said() : meeting.start(), pledge.keyword(), pledge.amount());
            gold.person(pledge.speaker().name(), pledge.speaker().role(), pledger);
        }
        paragraphs.addAll(statuses(meeting, random, gold));
        meeting.nextChair().map(reference::state).ifPresent(next -> {
            int year = meeting.end().getYear();
            paragraphs.add(random.nextBoolean()
                    ? "KTT juga memutuskan bahwa " + spelling(next, random) + " akan memegang jabatan ketua SCO untuk periode "
                            + year + "-" + (year + 1) + "."
                    : "Keketuaan SCO periode " + year + "-" + (year + 1) + " selanjutnya diserahkan kepada " + spelling(next, random) + ".");
            gold.chair(next, year, year + 1);
        });
        List<String> background = new ArrayList<>(BACKGROUND);
        for (int n = 2 + random.nextInt(6); n > 0; n--) {
            String paragraph = background.remove(random.nextInt(background.size()));
            paragraphs.add(1 + random.nextInt(paragraphs.size()), random.nextInt(3) == 0 ? Typos.one(paragraph, random) : paragraph);
        }
        String cityName = reference.name(city);
        String headline = switch (random.nextInt(3)) {
            case 0 -> (meeting.kind() == Kind.SUMMIT ? "KTT SCO di " : "Pertemuan perdana menteri SCO di ") + cityName
                    + " hasilkan sejumlah kesepakatan";
            case 1 -> "Pemimpin negara anggota SCO bertemu di " + cityName;
            default -> "SCO perkuat kerja sama dalam pertemuan " + cityName + " " + meeting.start().getYear();
        };
        LocalDate published = meeting.end().plusDays(random.nextInt(2));
        return new Story(headline, cityName, paragraphs, published, gold);
    }

    /** Two people of the newsroom, different ones. */
    static List<String> newsroom(Random random) {
        List<String> names = new ArrayList<>(REPORTERS);
        return List.of(names.remove(random.nextInt(names.size())), names.remove(random.nextInt(names.size())));
    }

    private String lead(Meeting meeting, Entity host, Entity city, Random random) {
        String where = reference.name(city) + ", " + spelling(host, random);
        String when = IndonesianDates.span(meeting.start(), meeting.end(), random);
        String sco = "Organisasi Kerja Sama Shanghai (SCO)";
        if (meeting.kind() == Kind.GOVERNMENT) {
            return random.nextBoolean()
                    ? "Pertemuan Dewan Kepala Pemerintahan (Perdana Menteri) Negara-negara Anggota " + sco + " digelar di " + where + ", pada " + when + "."
                    : "Para kepala pemerintahan negara anggota " + sco + " bertemu di " + where + ", pada " + when
                            + " dalam sidang Dewan Kepala Pemerintahan SCO.";
        }
        String ordinal = meeting.ordinal().map(n -> " ke-" + n).orElse("");
        if (meeting.virtual()) {
            return "Pertemuan" + ordinal + " Dewan Kepala Negara " + sco + " digelar secara virtual pada " + when + " dengan "
                    + spelling(host, random) + " sebagai tuan rumah dari " + reference.name(city) + ".";
        }
        return switch (random.nextInt(3)) {
            case 0 -> "Para pemimpin negara anggota " + sco + " berkumpul di " + where + ", untuk pertemuan" + ordinal
                    + " Dewan Kepala Negara SCO pada " + when + ".";
            case 1 -> "Konferensi Tingkat Tinggi (KTT)" + ordinal + " " + sco + " digelar di " + where + ", pada " + when + ".";
            default -> "Pertemuan" + ordinal + " Dewan Kepala Negara " + sco + " berlangsung di " + where + ", pada " + when + ".";
        };
    }

    private String presided(Meeting meeting, Leader presider, Random random) {
        String who = office(presider, random) + " " + spelling(reference.state(presider.state()), random) + " " + presider.name();
        return random.nextBoolean()
                ? who + " selaku tuan rumah memimpin pertemuan tersebut" + (meeting.virtual() ? " secara virtual." : ".")
                : "Pertemuan itu dipimpin " + who + " selaku tuan rumah.";
    }

    private String pledged(Pledge pledge, Entity pledger, boolean dayStated, Random random) {
        String who = office(pledge.speaker(), random) + " " + spelling(pledger, random) + " " + pledge.speaker().name();
        if (!dayStated) {
            return "Dalam pertemuan itu, " + who + " menyatakan " + reference.name(pledger) + " akan " + pledge.clause() + ".";
        }
        return random.nextBoolean()
                ? "Dalam pidatonya pada " + IndonesianDates.day(pledge.said()) + ", " + who + " menyatakan " + reference.name(pledger)
                        + " akan " + pledge.clause() + "."
                : who + " mengumumkan negaranya akan " + pledge.clause() + ", " + IndonesianDates.day(pledge.said()) + ".";
    }

    /** The members, who attended, who joined at the meeting, the observers and the dialogue partners. */
    private List<String> statuses(Meeting meeting, Random random, GoldFacts gold) {
        List<String> paragraphs = new ArrayList<>();
        List<Entity> members = reference.holding(MembershipStatus.MEMBER, meeting.end());
        List<Entity> joined = reference.gained(MembershipStatus.MEMBER, meeting.start(), meeting.end());
        for (Entity state : joined) {
            paragraphs.add("Dalam pertemuan itu, " + spelling(state, random) + " resmi diterima sebagai negara anggota SCO.");
        }
        paragraphs.add((random.nextBoolean() ? "Saat ini SCO beranggotakan " + count(members.size()) + " negara, yaitu "
                : "Anggota SCO terdiri atas ") + list(members, random) + ".");
        for (Entity state : members) {
            gold.status(state, MembershipStatus.MEMBER.notation(),
                    joined.contains(state) ? Optional.of(meeting.end().getYear()) : Optional.empty());
            gold.participation(meeting.start(), state, MembershipStatus.MEMBER.notation());
        }
        paragraphs.add(meeting.virtual()
                ? "Para pemimpin " + count(members.size()) + " negara anggota tersebut mengikuti pertemuan itu secara daring."
                : "Para pemimpin " + count(members.size()) + " negara anggota tersebut hadir dalam pertemuan itu.");
        List<Entity> observers = reference.holding(MembershipStatus.OBSERVER, meeting.end());
        if (!observers.isEmpty()) {
            paragraphs.add("Adapun status pengamat dimiliki oleh " + list(observers, random) + ".");
            observers.forEach(s -> gold.status(s, MembershipStatus.OBSERVER.notation(), Optional.empty()));
        }
        List<Entity> partners = reference.holding(MembershipStatus.DIALOGUE_PARTNER, meeting.end());
        if (!partners.isEmpty() && random.nextBoolean()) {
            paragraphs.add("Sementara itu, " + list(partners, random) + " berstatus mitra dialog SCO.");
            partners.forEach(s -> gold.status(s, MembershipStatus.DIALOGUE_PARTNER.notation(), Optional.empty()));
        }
        return paragraphs;
    }

    /** "A, B dan C", in a shuffled order. */
    private String list(List<Entity> states, Random random) {
        List<String> names = new ArrayList<>(states.stream().map(s -> spelling(s, random)).toList());
        Collections.shuffle(names, random);
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " dan " + names.get(names.size() - 1);
    }

    /** Mostly the state's Indonesian name, now and then another of its spellings. */
    private String spelling(Entity state, Random random) {
        List<String> spellings = reference.spellings(state);
        return random.nextInt(5) == 0 ? spellings.get(random.nextInt(spellings.size())) : spellings.get(0);
    }

    /** A small number as a word, as news writes it. */
    private static String count(int n) {
        return n <= NUMBERS.size() ? NUMBERS.get(n - 1) : Integer.toString(n);
    }

    private static String office(Leader leader, Random random) {
        return leader.role().equals("president") ? "Presiden" : random.nextBoolean() ? "Perdana Menteri" : "PM";
    }
}
