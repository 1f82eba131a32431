package org.scokg.server.reconcile;

import java.util.List;
import org.scokg.server.html.Html;

/**
 * The page OpenRefine shows beside a candidate: the entity's name linked to its IRI, what it is, its
 * other names and its Wikidata item. Everything from the data is escaped, and links go to http(s)
 * addresses only.
 */
final class EntityPreview {
    private EntityPreview() {}

    static String page(Reconciler service, ReconciliationIndex.Named entity) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(entity.label())).append("</title></head>\n")
                .append("<body style=\"font-family:sans-serif;font-size:14px;margin:6px\">\n<p>")
                .append(link(entity.iri(), "<b>" + Html.escape(entity.label()) + "</b>"))
                .append("<br><small>").append(Html.escape(service.describe(entity))).append("</small></p>\n");
        List<String> others = entity.names().stream().filter(name -> !name.equals(entity.label())).toList();
        if (!others.isEmpty()) {
            page.append("<p>Also: ").append(Html.escape(String.join(", ", others))).append("</p>\n");
        }
        entity.qid().ifPresent(qid -> page.append("<p>Wikidata: ").append(link("https://www.wikidata.org/wiki/" + qid, Html.escape(qid)))
                .append("</p>\n"));
        page.append("</body></html>\n");
        return page.toString();
    }

    /** A link that opens outside the frame, or the text alone when the address is not http(s). */
    private static String link(String href, String html) {
        return Html.isSafeHref(href) ? "<a href=\"" + Html.escape(href) + "\" target=\"_blank\" rel=\"noopener\">" + html + "</a>" : html;
    }
}
