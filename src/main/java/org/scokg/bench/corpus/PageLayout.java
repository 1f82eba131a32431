package org.scokg.bench.corpus;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.jena.atlas.json.JsonObject;
import org.jsoup.nodes.Entities;
import org.scokg.bench.corpus.MeetingReport.Story;

/**
 * How a generated report is published, after the layouts of the real set ({@code src/test/resources/real}):
 * a text file with the metadata header carrying a news agency's copy (dateline "(ANTARA)", byline at the end),
 * one carrying an outlet's own report, or the outlet's page as a browser saves it.
 */
enum PageLayout {
    AGENCY_TEXT("txt"), OUTLET_TEXT("txt"), SAVED_PAGE("html");

    /** A fictitious outlet: its name and its address (under .example, reserved for examples). */
    record Outlet(String name, String host) {}

    static final List<Outlet> OUTLETS = List.of(new Outlet("Warta Contoh", "wartacontoh.example"),
            new Outlet("Kabar Nusantara Contoh", "kabarnusantara.example"), new Outlet("Harian Contoh", "hariancontoh.example"),
            new Outlet("Suara Contoh", "suaracontoh.example"), new Outlet("Berita Timur Contoh", "beritatimur.example"));

    final String extension;

    PageLayout(String extension) {
        this.extension = extension;
    }

    /** The file: the story laid out, its byline people added to the gold. */
    String render(Story story, Outlet outlet, String url, Random random) {
        List<String> newsroom = MeetingReport.newsroom(random);
        newsroom.forEach(story.gold()::byline);
        String published = story.published().format(DateTimeFormatter.ISO_LOCAL_DATE);
        return switch (this) {
            case AGENCY_TEXT -> header(story, outlet, url, published)
                    + story.datelineCity() + " (ANTARA) - " + String.join("\n\n", story.paragraphs()) + "\n\n"
                    + "Pewarta: " + newsroom.get(0) + "\nEditor: " + newsroom.get(1) + "\nCopyright © ANTARA " + story.published().getYear() + "\n";
            case OUTLET_TEXT -> header(story, outlet, url, published)
                    + story.headline() + "\n\n" + "Jakarta, " + outlet.name() + " - " + String.join("\n\n", story.paragraphs())
                    + "\n\nPenulis: " + newsroom.get(0) + "\nEditor: " + newsroom.get(1) + "\n";
            case SAVED_PAGE -> page(story, outlet, url, published, newsroom);
        };
    }

    private static String header(Story story, Outlet outlet, String url, String published) {
        return "---\nurl: " + url + "\noutlet: " + outlet.name() + "\ntitle: " + story.headline() + "\npublished: " + published
                + "\nlanguage: id\n---\n";
    }

    private static String page(Story story, Outlet outlet, String url, String published, List<String> newsroom) {
        JsonObject ld = new JsonObject();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("headline", story.headline());
        ld.put("datePublished", published);
        ld.put("inLanguage", "id");
        JsonObject author = new JsonObject();
        author.put("@type", "Person");
        author.put("name", newsroom.get(0));
        ld.put("author", author);
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"id-ID\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(story.headline()))
                .append(" - ").append(escape(outlet.name())).append("</title>\n")
                .append("<link rel=\"canonical\" href=\"").append(escape(url)).append("\">\n")
                .append("<meta property=\"og:url\" content=\"").append(escape(url)).append("\">\n")
                .append("<meta property=\"og:site_name\" content=\"").append(escape(outlet.name())).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(published).append("T19:00:00+07:00\">\n")
                .append("<script type=\"application/ld+json\">\n").append(ld.toString().replace("</", "<\\/")).append("\n</script>\n")
                .append("</head>\n<body class=\"page-article\">\n<header class=\"site-header\"><a class=\"logo\" href=\"/\">")
                .append(escape(outlet.name())).append("</a>\n<nav><ul><li><a href=\"/nasional\">Nasional</a></li>")
                .append("<li><a href=\"/internasional\">Internasional</a></li><li><a href=\"/ekonomi\">Ekonomi</a></li></ul></nav></header>\n")
                .append("<main><article class=\"detail\">\n<h1 class=\"detail-title\">").append(escape(story.headline())).append("</h1>\n")
                .append("<div class=\"byline\"><span class=\"author\">").append(escape(newsroom.get(0))).append("</span> &middot; <time datetime=\"")
                .append(published).append("\">").append(IndonesianDates.weekday(story.published())).append(", ")
                .append(IndonesianDates.full(story.published())).append("</time></div>\n<div class=\"detail-text\" itemprop=\"articleBody\">\n");
        for (int i = 0; i < story.paragraphs().size(); i++) {
            String text = (i == 0 ? story.datelineCity() + ", " + outlet.name() + " - " : "") + story.paragraphs().get(i);
            b.append("<p>").append(escape(text)).append("</p>\n");
            if (i == 1) {
                b.append("<div class=\"iklan ads-inline\"><span>Advertisement</span><p>Scroll untuk melanjutkan membaca</p></div>\n");
            }
        }
        b.append("<p class=\"editor\">Editor: ").append(escape(newsroom.get(1))).append("</p>\n</div>\n</article>\n")
                .append("<section class=\"related-articles\"><h2>Berita Terkait</h2><ul><li><a href=\"/internasional\">")
                .append("Berita internasional lainnya</a></li></ul></section>\n</main>\n</body>\n</html>\n");
        return b.toString();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }

    /** Lower-case words joined by '-', for addresses. */
    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
