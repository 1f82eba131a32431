package org.scokg.server.html;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Consumer;
import org.scokg.server.http.DocumentFormat;
import org.scokg.server.http.LanguageNegotiation;
import org.scokg.server.ld.Addresses;
import org.scokg.server.ld.Messages;

/** The frame of every page: head, site header with navigation and language switch, footer with the other formats. */
public final class Page {
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
        h.empty("link", "rel", "stylesheet", "href", Stylesheet.href(context.addresses().root()));
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
            String name = Messages.get("language.name", language);
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
                h.link(alternate.getValue(), alternate.getKey().label(), "type", alternate.getKey().mediaType());
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
}
