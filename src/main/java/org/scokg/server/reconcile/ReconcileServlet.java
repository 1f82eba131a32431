package org.scokg.server.reconcile;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.scokg.server.html.Html;

/**
 * The Entity Reconciliation Service API, version 0.2 (as OpenRefine speaks it), at {@code /reconcile}:
 * <ul>
 * <li>{@code GET /reconcile}: the service manifest;</li>
 * <li>{@code POST /reconcile} with the form field {@code queries}, or {@code GET /reconcile?queries=}:
 *     a batch of queries, {@code {"q0":{"query":"Kirgiztan","type":"State","limit":3,"properties":[...]}}},
 *     answered {@code {"q0":{"result":[{"id","name","type","score","match","description","qid"}]}}},
 *     {@code qid} being the candidate's Wikidata ID where the graph knows it;</li>
 * <li>{@code GET /reconcile/preview?id=}: an HTML preview of an entity, for OpenRefine's pop-up;</li>
 * <li>{@code GET /reconcile/suggest/entity?prefix=}: entities whose name begins so.</li>
 * </ul>
 * A request is bounded: a body of at most {@value #MAX_BODY} bytes (else 413), at most
 * {@value #MAX_QUERIES} queries of at most {@value #MAX_QUERY_CHARS} characters each (else 400). JSONP
 * is not offered: the server's CORS headers let a browser page call the service directly. The index
 * the answers come from is built from the database once per state of it.
 */
public final class ReconcileServlet extends HttpServlet {
    static final int MAX_BODY = 64 * 1024;
    static final int MAX_QUERIES = 50;
    static final int MAX_QUERY_CHARS = 500;
    static final int SUGGEST_PAGE = 10;
    private static final String JSON_UTF8 = WebContent.contentTypeJSON + "; charset=utf-8";

    private final transient DatasetGraph dataset;
    private final transient Supplier<String> databaseState;
    private final transient Function<HttpServletRequest, String> rootOf;
    private transient String indexedState;
    private transient Reconciler reconciler;

    /**
     * @param databaseState a fingerprint of the database's state: the index is built again when it changes
     * @param rootOf        the root address a request came in on (the site's public root, ending in {@code /})
     */
    public ReconcileServlet(DatasetGraph dataset, Supplier<String> databaseState, Function<HttpServletRequest, String> rootOf) {
        this.dataset = dataset;
        this.databaseState = databaseState;
        this.rootOf = rootOf;
    }

    private synchronized Reconciler reconciler() {
        String state = databaseState.get();
        if (reconciler == null || !state.equals(indexedState)) {
            reconciler = new Reconciler(ReconciliationIndex.build(dataset));
            indexedState = state;
        }
        return reconciler;
    }

    /** A request the service cannot answer, with the status and the reason the client is told. */
    private static final class Refused extends Exception {
        final int status;

        Refused(int status, String reason) {
            super(reason);
            this.status = status;
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        try {
            switch (path) {
                case "/" -> {
                    String queries = request.getParameter("queries");
                    sendJson(response, queries == null ? manifest(request) : answer(queries));
                }
                case "/preview" -> preview(request, response);
                case "/suggest/entity" -> sendJson(response, suggest(request));
                default -> throw new Refused(HttpServletResponse.SC_NOT_FOUND, "no such part of the reconciliation service: "
                        + "it has /reconcile, /reconcile/preview?id= and /reconcile/suggest/entity?prefix=");
            }
        } catch (Refused e) {
            sendText(response, e.status, e.getMessage());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (request.getPathInfo() != null && !request.getPathInfo().equals("/")) {
                throw new Refused(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "only /reconcile takes a POST");
            }
            String contentType = Optional.ofNullable(request.getContentType()).orElse("");
            if (!contentType.startsWith(WebContent.contentTypeHTMLForm)) {
                throw new Refused(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "send the queries as the form field 'queries' ("
                        + WebContent.contentTypeHTMLForm + "), as the Reconciliation Service API 0.2 does");
            }
            String queries = formField(readBody(request), "queries");
            if (queries == null) {
                throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "the form has no field 'queries': send queries={\"q0\":{\"query\":\"...\"}}");
            }
            sendJson(response, answer(queries));
        } catch (Refused e) {
            sendText(response, e.status, e.getMessage());
        }
    }

    private static byte[] readBody(HttpServletRequest request) throws IOException, Refused {
        if (request.getContentLengthLong() > MAX_BODY) {
            throw tooLarge();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = request.getInputStream()) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) != -1;) {
                body.write(buffer, 0, n);
                if (body.size() > MAX_BODY) {
                    throw tooLarge();
                }
            }
        }
        return body.toByteArray();
    }

    private static Refused tooLarge() {
        return new Refused(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the request body is larger than " + MAX_BODY
                + " bytes, the limit of this service: send the queries in smaller batches");
    }

    private static String formField(byte[] body, String field) throws Refused {
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            try {
                if (URLDecoder.decode(name, StandardCharsets.UTF_8).equals(field)) {
                    return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException e) {
                throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "the form is not URL-encoded: " + e.getMessage());
            }
        }
        return null;
    }

    private JsonObject manifest(HttpServletRequest request) {
        String root = rootOf.apply(request);
        ReconciliationIndex index = reconciler().index();
        JsonObject manifest = new JsonObject();
        JsonArray versions = new JsonArray();
        versions.add("0.2");
        manifest.put("versions", versions);
        manifest.put("name", "sco-kg: the Shanghai Cooperation Organisation in Indonesian news");
        manifest.put("identifierSpace", index.identifierSpace());
        manifest.put("schemaSpace", index.schemaSpace());
        manifest.put("documentation", root);
        JsonArray types = new JsonArray();
        for (ReconciliationType type : ReconciliationType.values()) {
            types.add(type(type));
        }
        manifest.put("defaultTypes", types);
        JsonObject view = new JsonObject();
        view.put("url", index.identifierSpace() + "{{id}}");
        manifest.put("view", view);
        JsonObject preview = new JsonObject();
        preview.put("url", root + "reconcile/preview?id={{id}}");
        preview.put("width", 400);
        preview.put("height", 160);
        manifest.put("preview", preview);
        JsonObject entity = new JsonObject();
        entity.put("service_url", root + "reconcile");
        entity.put("service_path", "/suggest/entity");
        JsonObject suggest = new JsonObject();
        suggest.put("entity", entity);
        manifest.put("suggest", suggest);
        return manifest;
    }

    private static JsonObject type(ReconciliationType type) {
        JsonObject json = new JsonObject();
        json.put("id", type.id());
        json.put("name", type.label());
        return json;
    }

    /** The answer to a batch of queries, each under its own key. */
    private JsonObject answer(String batch) throws Refused {
        JsonValue parsed;
        try {
            parsed = JSON.parseAny(batch);
        } catch (JsonException e) {
            throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "queries is not JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // Jena's JSON parser fails on some truncated texts with other exceptions than its own.
            throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "queries is not JSON (it ends too soon or is malformed): "
                    + "send a JSON object such as {\"q0\":{\"query\":\"...\"}}");
        }
        if (!parsed.isObject()) {
            throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "queries must be a JSON object of queries, {\"q0\":{\"query\":\"...\"}}");
        }
        JsonObject queries = parsed.getAsObject();
        if (queries.size() > MAX_QUERIES) {
            throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "a request may hold at most " + MAX_QUERIES + " queries, this one has "
                    + queries.size() + ": send them in smaller batches (OpenRefine's batch size is a setting of the service)");
        }
        Reconciler service = reconciler();
        JsonObject answers = new JsonObject();
        for (String key : queries.keys()) {
            Optional<Reconciler.Query> query = query(key, queries.get(key));
            JsonArray result = new JsonArray();
            if (query.isPresent()) {
                for (Candidate candidate : service.reconcile(query.get())) {
                    result.add(json(service.index(), candidate));
                }
            }
            JsonObject answer = new JsonObject();
            answer.put("result", result);
            answers.put(key, answer);
        }
        return answers;
    }

    /** One query of a batch; empty when it asks only for types this service does not have. */
    private static Optional<Reconciler.Query> query(String key, JsonValue value) throws Refused {
        if (!value.isObject()) {
            throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "query " + key + " is not a JSON object");
        }
        JsonObject object = value.getAsObject();
        String text = object.hasKey("query") ? string(key, "query", object.get("query")) : "";
        if (text.length() > MAX_QUERY_CHARS) {
            throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "query " + key + " is longer than " + MAX_QUERY_CHARS
                    + " characters, the limit of this service: send the name alone");
        }
        List<Reconciler.PropertyValue> properties = properties(key, object.get("properties"));
        if (text.isBlank() && properties.isEmpty()) {
            throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "query " + key + " has neither a 'query' nor 'properties'");
        }
        Set<ReconciliationType> types = EnumSet.noneOf(ReconciliationType.class);
        List<String> asked = strings(key, "type", object.get("type"));
        for (String type : asked) {
            ReconciliationType.parse(type).ifPresent(types::add);
        }
        if (!asked.isEmpty() && types.isEmpty()) {
            return Optional.empty();
        }
        int limit = Reconciler.DEFAULT_LIMIT;
        if (object.hasKey("limit")) {
            if (!object.get("limit").isNumber()) {
                throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "the limit of query " + key + " is not a number");
            }
            limit = object.get("limit").getAsNumber().value().intValue();
        }
        return Optional.of(new Reconciler.Query(text, types, limit, properties));
    }

    private static List<Reconciler.PropertyValue> properties(String key, JsonValue value) throws Refused {
        List<Reconciler.PropertyValue> properties = new ArrayList<>();
        if (value == null) {
            return properties;
        }
        if (!value.isArray()) {
            throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "the properties of query " + key + " are not an array of {\"pid\",\"v\"}");
        }
        for (JsonValue item : value.getAsArray()) {
            if (!item.isObject() || !item.getAsObject().hasKey("pid") || !item.getAsObject().hasKey("v")) {
                throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "a property of query " + key + " is not {\"pid\":...,\"v\":...}");
            }
            List<String> values = new ArrayList<>();
            JsonValue v = item.getAsObject().get("v");
            for (JsonValue one : v.isArray() ? v.getAsArray() : List.of(v)) {
                values.add(one.isObject() && one.getAsObject().hasKey("id") ? string(key, "v", one.getAsObject().get("id"))
                        : one.isString() ? one.getAsString().value() : one.toString());
            }
            properties.add(new Reconciler.PropertyValue(string(key, "pid", item.getAsObject().get("pid")), values));
        }
        return properties;
    }

    private static String string(String key, String field, JsonValue value) throws Refused {
        if (!value.isString()) {
            throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "the " + field + " of query " + key + " is not a string");
        }
        return value.getAsString().value();
    }

    private static List<String> strings(String key, String field, JsonValue value) throws Refused {
        List<String> strings = new ArrayList<>();
        if (value == null) {
            return strings;
        }
        for (JsonValue one : value.isArray() ? value.getAsArray() : List.of(value)) {
            strings.add(string(key, field, one));
        }
        return strings;
    }

    private static JsonObject json(ReconciliationIndex index, Candidate candidate) {
        JsonObject json = new JsonObject();
        json.put("id", index.idOf(candidate.iri()));
        json.put("name", candidate.name());
        JsonArray types = new JsonArray();
        types.add(type(candidate.type()));
        json.put("type", types);
        json.put("score", JsonNumber.value(candidate.score()));
        json.put("match", candidate.match());
        json.put("description", candidate.description());
        candidate.qid().ifPresent(qid -> json.put("qid", qid));
        return json;
    }

    private JsonObject suggest(HttpServletRequest request) throws Refused {
        String prefix = Optional.ofNullable(request.getParameter("prefix")).orElse("");
        if (prefix.length() > MAX_QUERY_CHARS) {
            throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "the prefix is longer than " + MAX_QUERY_CHARS + " characters");
        }
        Set<ReconciliationType> types = EnumSet.noneOf(ReconciliationType.class);
        String type = request.getParameter("type");
        if (type != null && !type.isBlank()) {
            types.add(ReconciliationType.parse(type).orElseThrow(() -> new Refused(HttpServletResponse.SC_BAD_REQUEST,
                    "no type '" + type + "' here: the types are State, Organisation, Person, Meeting and Place")));
        }
        int cursor;
        try {
            cursor = Math.max(0, Integer.parseInt(Optional.ofNullable(request.getParameter("cursor")).orElse("0")));
        } catch (NumberFormatException e) {
            throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "cursor is not a whole number");
        }
        Reconciler service = reconciler();
        JsonArray result = new JsonArray();
        for (ReconciliationIndex.Named entity : service.suggest(prefix, types, cursor, SUGGEST_PAGE)) {
            JsonObject json = new JsonObject();
            json.put("id", service.index().idOf(entity.iri()));
            json.put("name", entity.label());
            json.put("description", service.describe(entity));
            JsonArray notable = new JsonArray();
            notable.add(type(entity.type()));
            json.put("notable", notable);
            result.add(json);
        }
        JsonObject answer = new JsonObject();
        answer.put("result", result);
        return answer;
    }

    /** A small page about one entity, for the pop-up OpenRefine shows beside a candidate; everything from the data escaped. */
    private void preview(HttpServletRequest request, HttpServletResponse response) throws IOException, Refused {
        String id = Optional.ofNullable(request.getParameter("id")).orElseThrow(() -> new Refused(HttpServletResponse.SC_BAD_REQUEST,
                "give the entity as ?id=, an identifier from a reconciliation result"));
        Reconciler service = reconciler();
        ReconciliationIndex.Named entity = service.index().byId(id).orElseThrow(() -> new Refused(HttpServletResponse.SC_NOT_FOUND,
                "no entity '" + id + "' in this graph: take the id from a reconciliation result"));
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(entity.label())).append("</title></head>\n<body style=\"font-family:sans-serif;font-size:14px;margin:6px\">\n")
                .append("<p>").append(link(entity.iri(), "<b>" + Html.escape(entity.label()) + "</b>")).append("<br><small>").append(Html.escape(service.describe(entity))).append("</small></p>\n");
        List<String> others = entity.names().stream().filter(name -> !name.equals(entity.label())).toList();
        if (!others.isEmpty()) {
            page.append("<p>Also: ").append(Html.escape(String.join(", ", others))).append("</p>\n");
        }
        entity.qid().ifPresent(qid -> page.append("<p>Wikidata: ").append(link("https://www.wikidata.org/wiki/" + qid, Html.escape(qid)))
                .append("</p>\n"));
        page.append("</body></html>\n");
        byte[] body = page.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(WebContent.contentTypeHTML + "; charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // The page is data shown in another application's frame: no script, nothing loaded.
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A link that opens outside the frame, or the text alone when the address is not http(s). */
    private static String link(String href, String html) {
        return Html.isSafeHref(href) ? "<a href=\"" + Html.escape(href) + "\" target=\"_blank\" rel=\"noopener\">" + html + "</a>" : html;
    }

    private static void sendJson(HttpServletResponse response, JsonObject json) throws IOException {
        byte[] body = JSON.toString(json).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(JSON_UTF8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void sendText(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(WebContent.contentTypeTextPlain + "; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
