package org.scokg.server.html;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.scokg.server.http.ContentNegotiation;
import org.scokg.server.http.DocumentFormat;
import org.scokg.server.http.Http;
import org.scokg.server.http.LanguageNegotiation;
import org.scokg.server.ld.Messages;

/** 404 as a small page with a way home for a browser; a program gets the plain text of {@link Http#notFound}. */
public final class NotFoundPage {
    private NotFoundPage() {}

    public static void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean html = ContentNegotiation.choose(request.getHeader("Accept"), List.of(DocumentFormat.HTML, DocumentFormat.N_TRIPLES))
                .orElse(DocumentFormat.N_TRIPLES) == DocumentFormat.HTML;
        if (!html) {
            Http.notFound(request, response);
            return;
        }
        String lang = LanguageNegotiation.choose(request.getParameter("lang"), request.getHeader("Accept-Language"));
        Html h = new Html();
        h.raw("<!DOCTYPE html>").open("html", "lang", lang).open("head").empty("meta", "charset", "utf-8")
                .element("title", Messages.get("not.found", lang)).open("style").raw(Page.CSS).close("style").close("head")
                .open("body").open("main").element("h1", Messages.get("not.found", lang))
                .element("p", Messages.get("not.found.text", lang)).open("p").element("code", request.getRequestURI()).close("p")
                .open("p").link(request.getContextPath() + "/", Messages.get("nav.home", lang)).close("p")
                .close("main").close("body").close("html");
        response.setHeader("Cache-Control", "public, max-age=60");
        Http.pagePolicy(response, null);
        Http.send(request, response, HttpServletResponse.SC_NOT_FOUND, DocumentFormat.HTML.contentType(),
                h.toString().getBytes(StandardCharsets.UTF_8));
    }
}
