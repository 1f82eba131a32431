package org.scokg.server.ld;

import java.util.Map;

/** The words of the pages in English and Indonesian. */
public final class Messages {
    private static final Map<String, String[]> TEXT = Map.ofEntries(
            entry("site", "SCO knowledge graph", "Graf pengetahuan SCO"),
            entry("site.tagline", "The Shanghai Cooperation Organisation as Indonesian news reports it: states, memberships, meetings and pledges, each traced to the sentence it comes from.",
                    "Organisasi Kerja Sama Shanghai sebagaimana diberitakan media Indonesia: negara, keanggotaan, pertemuan dan janji, masing-masing dengan kalimat sumbernya."),
            entry("nav.home", "Home", "Beranda"),
            entry("nav.sparql", "SPARQL query", "Kueri SPARQL"),
            entry("nav.ontology", "Ontology", "Ontologi"),
            entry("nav.void", "Dataset description", "Deskripsi dataset"),
            entry("language", "Language", "Bahasa"),
            entry("iri", "IRI", "IRI"),
            entry("formats", "This description as", "Deskripsi ini dalam format"),
            entry("wikidata", "Wikidata", "Wikidata"),
            entry("same.as", "Same as", "Sama dengan"),
            entry("timeline", "Membership timeline", "Linimasa keanggotaan"),
            entry("timeline.none", "No membership with a date or a dated source yet.", "Belum ada keanggotaan yang bertanggal atau bersumber bertanggal."),
            entry("timeline.reported", "reported in an article of that year", "diberitakan dalam artikel tahun itu"),
            entry("timeline.since", "from the stated start", "sejak tanggal mulai yang disebut"),
            entry("memberships", "Memberships", "Keanggotaan"),
            entry("members", "Members and partners", "Anggota dan mitra"),
            entry("meetings.attended", "Meetings attended", "Pertemuan yang dihadiri"),
            entry("meetings", "Meetings", "Pertemuan"),
            entry("participants", "Participants", "Peserta"),
            entry("pledges", "Pledges", "Janji"),
            entry("proposals", "Proposals", "Usulan"),
            entry("documents", "Documents adopted", "Dokumen yang disahkan"),
            entry("institutions", "Institutions", "Lembaga"),
            entry("chairmanships", "Chairmanships", "Keketuaan"),
            entry("foundings", "Founding", "Pendirian"),
            entry("people", "People", "Tokoh"),
            entry("offices", "Offices held", "Jabatan"),
            entry("office.holders", "Office holders", "Pemangku jabatan"),
            entry("claims", "Figures stated", "Angka yang disebut"),
            entry("mentions", "Mentioned in", "Disebut dalam"),
            entry("mentions.count", "mentions", "penyebutan"),
            entry("facts", "Facts drawn from this article", "Fakta dari artikel ini"),
            entry("facts.sentence", "Facts drawn from this sentence", "Fakta dari kalimat ini"),
            entry("article.text", "Text of the article", "Teks artikel"),
            entry("article.graph", "The article's named graph", "Graf bernama artikel ini"),
            entry("quality", "Quality notes", "Catatan kualitas"),
            entry("source", "Source", "Sumber"),
            entry("reference.data", "the reference data", "data rujukan"),
            entry("sentence", "sentence", "kalimat"),
            entry("statement", "statement", "pernyataan"),
            entry("confidence", "confidence", "keyakinan"),
            entry("in.article", "In the article", "Dalam artikel"),
            entry("since", "since", "sejak"),
            entry("until", "until", "hingga"),
            entry("at", "at", "di"),
            entry("represented.by", "represented by", "diwakili oleh"),
            entry("announced.by", "announced by", "diumumkan oleh"),
            entry("by", "by", "oleh"),
            entry("as", "as", "sebagai"),
            entry("of", "of", "dari"),
            entry("all.data", "All data about this resource", "Semua data tentang sumber daya ini"),
            entry("incoming", "Referenced by", "Dirujuk oleh"),
            entry("incoming.count", "links point here", "tautan menuju ke sini"),
            entry("page", "Page", "Halaman"),
            entry("next", "Next page", "Halaman berikutnya"),
            entry("previous", "Previous page", "Halaman sebelumnya"),
            entry("organisations", "Organisations", "Organisasi"),
            entry("states", "States in the articles", "Negara dalam artikel"),
            entry("articles", "Articles", "Artikel"),
            entry("article", "Article", "Artikel"),
            entry("explore", "Explore", "Jelajahi"),
            entry("sparql.endpoint", "SPARQL endpoint", "Titik akhir SPARQL"),
            entry("sitemap", "Sitemap", "Peta situs"),
            entry("dump", "The whole dataset", "Seluruh dataset"),
            entry("list.more", "The first %d of %d; the sitemap lists them all.", "%d pertama dari %d; peta situs memuat semuanya."),
            entry("data.as.of", "Data as of", "Data per"),
            entry("not.found", "Not found", "Tidak ditemukan"),
            entry("not.found.text", "The graph holds nothing under this address.", "Graf tidak memuat apa pun pada alamat ini."),
            entry("classes", "Classes", "Kelas"),
            entry("object.properties", "Object properties", "Properti objek"),
            entry("datatype.properties", "Datatype properties", "Properti tipe data"),
            entry("other.properties", "Other properties", "Properti lain"),
            entry("concepts", "Concept schemes and concepts", "Skema konsep dan konsep"),
            entry("definition", "Definition", "Definisi"),
            entry("comment", "Comment", "Komentar"),
            entry("example", "Example", "Contoh"),
            entry("subclass.of", "Subclass of", "Subkelas dari"),
            entry("subproperty.of", "Subproperty of", "Subproperti dari"),
            entry("domain", "Domain", "Domain"),
            entry("range", "Range", "Jangkauan"),
            entry("alignments", "Alignments", "Padanan"),
            entry("in.scheme", "In scheme", "Dalam skema"),
            entry("namespace", "Namespace", "Ruang nama"),
            entry("prefix", "Preferred prefix", "Prefiks"),
            entry("version", "Version", "Versi"),
            entry("labels", "Labels", "Label"),
            entry("graphs", "Named graphs", "Graf bernama"),
            entry("triples", "triples", "tripel"),
            entry("entities", "entities", "entitas"),
            entry("linkset", "Links to Wikidata", "Tautan ke Wikidata"),
            entry("contents", "Contents", "Isi"),
            entry("license", "License", "Lisensi"),
            entry("restricted", "restricted", "dibatasi"),
            entry("or", "or", "atau"));

    private Messages() {}

    private static Map.Entry<String, String[]> entry(String key, String en, String id) {
        return Map.entry(key, new String[] {en, id});
    }

    public static String get(String key, String lang) {
        String[] text = TEXT.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        return "id".equals(lang) ? text[1] : text[0];
    }
}
