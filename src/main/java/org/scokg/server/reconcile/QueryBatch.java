package org.scokg.server.reconcile;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A batch of reconciliation queries as version 0.2 of the API writes it,
 * {@code {"q0":{"query":"...","type":"State","limit":3,"properties":[{"pid":"qid","v":"Q813"}]}}}, read
 * within the service's bounds: at most {@value #MAX_QUERIES} queries of at most
 * {@value #MAX_QUERY_CHARS} characters.
 */
final class QueryBatch {
    static final int MAX_QUERIES = 50;
    static final int MAX_QUERY_CHARS = 500;

    private QueryBatch() {}

    /** The queries under their keys, in order; a query that asks only for types this service does not have is empty. */
    static Map<String, Optional<Reconciler.Query>> parse(String batch) throws RefusedRequest {
        JsonValue parsed;
        try {
            parsed = JSON.parseAny(batch);
        } catch (JsonException e) {
            throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST, "queries is not JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // Jena's JSON parser fails on some truncated texts with other exceptions than its own.
            throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST, "queries is not JSON (it ends too soon or is malformed): "
                    + "send a JSON object such as {\"q0\":{\"query\":\"...\"}}");
        }
        if (!parsed.isObject()) {
            throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST, "queries must be a JSON object of queries, {\"q0\":{\"query\":\"...\"}}");
        }
        JsonObject queries = parsed.getAsObject();
        if (queries.size() > MAX_QUERIES) {
            throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST, "a request may hold at most " + MAX_QUERIES + " queries, this one has "
                    + queries.size() + ": send them in smaller batches (OpenRefine's batch size is a setting of the service)");
        }
        Map<String, Optional<Reconciler.Query>> parsedQueries = new LinkedHashMap<>();
        for (String key : queries.keys()) {
            parsedQueries.put(key, query(key, queries.get(key)));
        }
        return parsedQueries;
    }

    /** One query of a batch; empty when it asks only for types this service does not have. */
    private static Optional<Reconciler.Query> query(String key, JsonValue value) throws RefusedRequest {
        if (!value.isObject()) {
            throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST, "query " + key + " is not a JSON object");
        }
        JsonObject object = value.getAsObject();
        String text = object.hasKey("query") ? string(key, "query", object.get("query")) : "";
        if (text.length() > MAX_QUERY_CHARS) {
            throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST, "query " + key + " is longer than " + MAX_QUERY_CHARS
                    + " characters, the limit of this service: send the name alone");
        }
        List<Reconciler.PropertyValue> properties = properties(key, object.get("properties"));
        if (text.isBlank() && properties.isEmpty()) {
            throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST, "query " + key + " has neither a 'query' nor 'properties'");
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
                throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST, "the limit of query " + key + " is not a number");
            }
            limit = object.get("limit").getAsNumber().value().intValue();
        }
        return Optional.of(new Reconciler.Query(text, types, limit, properties));
    }

    private static List<Reconciler.PropertyValue> properties(String key, JsonValue value) throws RefusedRequest {
        List<Reconciler.PropertyValue> properties = new ArrayList<>();
        if (value == null) {
            return properties;
        }
        if (!value.isArray()) {
            throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST, "the properties of query " + key + " are not an array of {\"pid\",\"v\"}");
        }
        for (JsonValue item : value.getAsArray()) {
            if (!item.isObject() || !item.getAsObject().hasKey("pid") || !item.getAsObject().hasKey("v")) {
                throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST, "a property of query " + key + " is not {\"pid\":...,\"v\":...}");
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

    static String string(String key, String field, JsonValue value) throws RefusedRequest {
        if (!value.isString()) {
            throw new RefusedRequest(HttpServletResponse.SC_BAD_REQUEST, "the " + field + " of query " + key + " is not a string");
        }
        return value.getAsString().value();
    }

    private static List<String> strings(String key, String field, JsonValue value) throws RefusedRequest {
        List<String> strings = new ArrayList<>();
        if (value == null) {
            return strings;
        }
        for (JsonValue one : value.isArray() ? value.getAsArray() : List.of(value)) {
            strings.add(string(key, field, one));
        }
        return strings;
    }
}
