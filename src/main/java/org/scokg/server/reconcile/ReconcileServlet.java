package org.scokg.server.reconcile;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.scokg.server.ld.StateCache;

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
 * {@value QueryBatch#MAX_QUERIES} queries of at most {@value QueryBatch#MAX_QUERY_CHARS} characters each
 * (else 400). JSONP is not offered: the server's CORS headers let a browser page call the service
 * directly. The index the answers come from is built from the database once per state of it.
 */
public final class ReconcileServlet extends HttpServlet {
    static final int MAX_BODY = 64 * 1024;
    static final int SUGGEST_PAGE = 10;
    private static final String JSON_UTF8 = WebContent.contentTypeJSON + "; charset=utf-8";

    private final transient DatasetGraph dataset;
    private final transient Supplier<String> databaseState;
    private final transient Function<HttpServletRequest, String> rootOf;
    private final transient StateCache<Reconciler> reconciler = new StateCache<>();

    /**
     * @param databaseState a fingerprint of the database's state: the index is built again when it changes
     * @param rootOf        the root address a request came in on (the site's public root, ending in {@code /})
     */
    public ReconcileServlet(DatasetGraph dataset, Supplier<String> databaseState, Function<HttpServletRequest, String> rootOf) {
        this.dataset = dataset;
        this.databaseState = databaseState;
        this.rootOf = rootOf;
    }

    private Reconciler reconciler() {
        return reconciler.get(databaseState.get(), () -> new Reconciler(ReconciliationIndex.build(dataset)));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        try {
            switch (path) {
                case "/" -> {
                    String queries = request.getParameter("queries");
                    sendJson(response, queries == null ? ServiceManifest.of(reconciler().index(), rootOf.apply(request)) : answer(queries));
                }
                case "/preview" -> preview(request, response);
                case "/suggest/entity" -> sendJson(response, suggest(request));
                default -> throw new RefusedRequest(HttpServletResponse.SC_NOT_FOUND, "no such part of the reconciliation service: "
                        + "it has /reconcile, /reconcile/preview?id= and /reconcile/suggest/entity?prefix=");
            }
        } catch (RefusedRequest e) {
            sendText(response, e.status(), e.getMessage());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (request.getPathInfo() != null && !request.getPathInfo().equals("/")) {
                throw new RefusedRequest(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "only /reconcile takes a POST");
            }
            String contentType = Optional.ofNullable(request.getContentType()).orElse("");
            if (!contentType.startsWith(WebContent.contentTypeHTMLForm)) {
                throw new RefusedRequest(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "send the queries as the form field 'queries' ("
                        + WebContent.contentTypeHTMLForm + "), as the Reconciliation Service API 0.2 does");
            }
            String queries = formField(readBody(request), "queries");
            if (queries == null) {
                throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST, "the form has no field 'queries': send queries={\"q0\":{\"query\":\"...\"}}");
            }
            sendJson(response, answer(queries));
        } catch (RefusedRequest e) {
            sendText(response, e.status(), e.getMessage());
        }
    }

    private static byte[] readBody(HttpServletRequest request) throws IOException, RefusedRequest {
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

    private static RefusedRequest tooLarge() {
        return new RefusedRequest(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the request body is larger than " + MAX_BODY
                + " bytes, the limit of this service: send the queries in smaller batches");
    }

    private static String formField(byte[] body, String field) throws RefusedRequest {
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            try {
                if (URLDecoder.decode(name, StandardCharsets.UTF_8).equals(field)) {
                    return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException e) {
                throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST, "the form is not URL-encoded: " + e.getMessage());
            }
        }
        return null;
    }

    /** The answer to a batch of queries, each under its own key. */
    private JsonObject answer(String batch) throws RefusedRequest {
        Map<String, Optional<Reconciler.Query>> queries = QueryBatch.parse(batch);
        Reconciler service = reconciler();
        JsonObject answers = new JsonObject();
        for (Map.Entry<String, Optional<Reconciler.Query>> query : queries.entrySet()) {
            JsonArray result = new JsonArray();
            if (query.getValue().isPresent()) {
                for (Candidate candidate : service.reconcile(query.getValue().get())) {
                    result.add(json(service.index(), candidate));
                }
            }
            JsonObject answer = new JsonObject();
            answer.put("result", result);
            answers.put(query.getKey(), answer);
        }
        return answers;
    }

    private static JsonObject json(ReconciliationIndex index, Candidate candidate) {
        JsonObject json = new JsonObject();
        json.put("id", index.idOf(candidate.iri()));
        json.put("name", candidate.name());
        JsonArray types = new JsonArray();
        types.add(ServiceManifest.type(candidate.type()));
        json.put("type", types);
        json.put("score", JsonNumber.value(candidate.score()));
        json.put("match", candidate.match());
        json.put("description", candidate.description());
        candidate.qid().ifPresent(qid -> json.put("qid", qid));
        return json;
    }

    private JsonObject suggest(HttpServletRequest request) throws RefusedRequest {
        String prefix = Optional.ofNullable(request.getParameter("prefix")).orElse("");
        if (prefix.length() > QueryBatch.MAX_QUERY_CHARS) {
            throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST, "the prefix is longer than " + QueryBatch.MAX_QUERY_CHARS + " characters");
        }
        Set<ReconciliationType> types = EnumSet.noneOf(ReconciliationType.class);
        String type = request.getParameter("type");
        if (type != null && !type.isBlank()) {
            types.add(ReconciliationType.parse(type).orElseThrow(() -> new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST,
                    "no type '" + type + "' here: the types are State, Organisation, Person, Meeting and Place")));
        }
        int cursor;
        try {
            cursor = Math.max(0, Integer.parseInt(Optional.ofNullable(request.getParameter("cursor")).orElse("0")));
        } catch (NumberFormatException e) {
            throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST, "cursor is not a whole number");
        }
        Reconciler service = reconciler();
        JsonArray result = new JsonArray();
        for (ReconciliationIndex.Named entity : service.suggest(prefix, types, cursor, SUGGEST_PAGE)) {
            JsonObject json = new JsonObject();
            json.put("id", service.index().idOf(entity.iri()));
            json.put("name", entity.label());
            json.put("description", service.describe(entity));
            JsonArray notable = new JsonArray();
            notable.add(ServiceManifest.type(entity.type()));
            json.put("notable", notable);
            result.add(json);
        }
        JsonObject answer = new JsonObject();
        answer.put("result", result);
        return answer;
    }

    /** A small page about one entity, for the pop-up OpenRefine shows beside a candidate; everything from the data escaped. */
    private void preview(HttpServletRequest request, HttpServletResponse response) throws IOException, RefusedRequest {
        String id = Optional.ofNullable(request.getParameter("id")).orElseThrow(() -> new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST,
                "give the entity as ?id=, an identifier from a reconciliation result"));
        Reconciler service = reconciler();
        ReconciliationIndex.Named entity = service.index().byId(id).orElseThrow(() -> new RefusedRequest(HttpServletResponse.SC_NOT_FOUND,
                "no entity '" + id + "' in this graph: take the id from a reconciliation result"));
        byte[] body = EntityPreview.page(service, entity).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(WebContent.contentTypeHTML + "; charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // The page is data shown in another application's frame: no script, nothing loaded.
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
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
