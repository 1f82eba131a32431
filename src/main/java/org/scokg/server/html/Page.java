package org.scokg.server.html;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Consumer;
import org.scokg.server.http.DocumentFormat;
import org.scokg.server.http.LanguageNegotiation;
import org.scokg.server.ld.Addresses;

/** The frame of every page: head, site header with navigation and language switch, footer with the other formats. */
public final class Page {
    /** Readable on any screen, no web fonts, no scripts, no images: everything inline. */
    static final String CSS = """
            :root{--ink:#1d2733;--muted:#5b6875;--line:#d9e0e6;--accent:#1f5f8b;--bg:#fbfcfd;--card:#fff;--quote:#f3f6f9}
            *{box-sizing:border-box}
            body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
            a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
            header.site{background:#14324a;color:#fff;padding:.6rem 1.2rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
            header.site a{color:#fff}header.site .brand{font-weight:700;font-size:1.1rem;margin-right:auto}
            header.site nav a{margin-right:1rem;opacity:.9}
            .lang a,.lang strong{margin-left:.4rem}.lang strong{border-bottom:2px solid #fff}
            main{max-width:64rem;margin:0 auto;padding:1.2rem 1.2rem 3rem}
            h1{font-size:2rem;margin:.2rem 0 .2rem;line-height:1.2}h2{font-size:1.3rem;margin:2rem 0 .6rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
            h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
            .kind{text-transform:uppercase;letter-spacing:.06em;font-size:.78rem;color:var(--muted);margin:0}
            .alt{color:var(--muted);margin:0 0 .6rem}
            .iri{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted);word-break:break-all;margin:.2rem 0}
            .badges{display:flex;flex-wrap:wrap;gap:.4rem;margin:.6rem 0;padding:0;list-style:none}
            .badges li{background:var(--quote);border:1px solid var(--line);border-radius:1rem;padding:.1rem .7rem;font-size:.9rem}
            ul.facts{list-style:none;padding:0;margin:0}
            ul.facts>li{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.6rem .9rem;margin:.5rem 0}
            .summary{margin:0;font-weight:600}.summary .detail{font-weight:400;color:var(--muted)}.summary .said{font-weight:400}
            a.stmt{font-weight:400;font-size:.8rem;color:var(--muted);padding:0 .2rem}
            blockquote{margin:.4rem 0;padding:.35rem .8rem;background:var(--quote);border-left:3px solid var(--accent);font-style:italic}
            .source{margin:0;font-size:.85rem;color:var(--muted)}
            table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line)}
            th{width:14rem;color:var(--muted);font-weight:600}
            .lit-lang{font-size:.72rem;color:var(--muted);margin-left:.25rem}
            .cols{columns:16rem auto;column-gap:2rem}.cols li{break-inside:avoid}
            ol.sentences{padding-left:1.6rem}ol.sentences li{margin:.3rem 0}ol.sentences li:target{background:#fff4c2}
            .timeline svg{width:100%;height:auto;background:var(--card);border:1px solid var(--line);border-radius:.5rem}
            .pager{display:flex;gap:1rem;margin:.6rem 0}
            details summary{cursor:pointer;color:var(--accent)}
            footer{border-top:1px solid var(--line);color:var(--muted);font-size:.88rem;padding:1rem 1.2rem;max-width:64rem;margin:0 auto}
            footer a{margin-right:.8rem}
            .term{border:1px solid var(--line);border-radius:.5rem;background:var(--card);padding:.6rem 1rem;margin:.8rem 0}
            .term h3{margin:.2rem 0}.term:target{outline:3px solid #f2c94c}
            """;

    private Page() {}

    public static String render(PageContext context, String title, Consumer<Html> head, Consumer<Html> main) {
        Html h = new Html(context.addresses().namespace()::deployed);
        h.raw("<!DOCTYPE html>");
        h.open("html", "lang", context.lang());
        h.open("head");
        h.empty("meta", "charset", "utf-8");
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.element("title", title.equals(context.t("site")) ? title : title + " — " + context.t("site"));
        for (Map.Entry<DocumentFormat, String> alternate : context.alternates().entrySet()) {
            if (alternate.getKey() != DocumentFormat.HTML) {
                h.empty("link", "rel", "alternate", "type", alternate.getKey().mediaType(), "href", alternate.getValue());
            }
        }
        head.accept(h);
        h.open("style").raw(CSS).close("style");
        h.close("head");
        h.open("body");
        header(h, context);
        h.open("main");
        main.accept(h);
        h.close("main");
        footer(h, context);
        h.close("body").close("html");
        return h.toString();
    }

    private static void header(Html h, PageContext c) {
        Addresses a = c.addresses();
        h.open("header", "class", "site");
        h.link(a.home(), c.t("site"), "class", "brand");
        h.open("nav");
        h.link(a.home(), c.t("nav.home"));
        h.link(a.sparqlUi(), c.t("nav.sparql"));
        h.link(a.ontologyDocument(), c.t("nav.ontology"));
        h.link(a.voidDocument(), c.t("nav.void"));
        h.close("nav");
        h.open("span", "class", "lang", "aria-label", c.t("language"));
        for (String language : LanguageNegotiation.SUPPORTED) {
            String name = language.equals("id") ? "Bahasa Indonesia" : "English";
            if (language.equals(c.lang())) {
                h.element("strong", name);
            } else {
                h.link(c.inLanguage(language), name, "hreflang", language, "lang", language);
            }
        }
        h.close("span");
        h.close("header");
    }

    private static void footer(Html h, PageContext c) {
        h.open("footer");
        if (c.alternates().size() > 1) {
            h.open("p").text(c.t("formats") + ": ");
            for (Map.Entry<DocumentFormat, String> alternate : c.alternates().entrySet()) {
                h.link(alternate.getValue(), formatName(alternate.getKey()), "type", alternate.getKey().mediaType());
            }
            h.close("p");
        }
        h.open("p").text(c.t("data.as.of") + " " + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                c.dataAsOf().atOffset(ZoneOffset.UTC).toLocalDateTime()) + " UTC · ");
        h.link(c.addresses().sparqlEndpoint(), c.t("sparql.endpoint"));
        h.link(c.addresses().sitemap(), c.t("sitemap"));
        h.close("p");
        h.close("footer");
    }

    public static String formatName(DocumentFormat format) {
        return switch (format) {
            case HTML -> "HTML";
            case TURTLE -> "Turtle";
            case JSON_LD -> "JSON-LD";
            case RDF_XML -> "RDF/XML";
            case N_TRIPLES -> "N-Triples";
            case N_QUADS -> "N-Quads";
            case TRIG -> "TriG";
        };
    }
}
