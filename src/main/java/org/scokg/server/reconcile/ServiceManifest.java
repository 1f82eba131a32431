package org.scokg.server.reconcile;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The service manifest: the API version, the identifier space (the graph's {@code <base>id/}, so a
 * candidate's identifier is its IRI after it, and {@code view} opens the IRI), the schema space (the
 * ontology's namespace, in which the type identifiers are local names), the default types, and where
 * the preview and suggest services are.
 */
final class ServiceManifest {
    static final int PREVIEW_WIDTH = 400;
    static final int PREVIEW_HEIGHT = 160;

    private ServiceManifest() {}

    /** The manifest for a client that reached the server at {@code root}. */
    static JsonObject of(ReconciliationIndex index, String root) {
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
        preview.put("width", PREVIEW_WIDTH);
        preview.put("height", PREVIEW_HEIGHT);
        manifest.put("preview", preview);
        JsonObject entity = new JsonObject();
        entity.put("service_url", root + "reconcile");
        entity.put("service_path", "/suggest/entity");
        JsonObject suggest = new JsonObject();
        suggest.put("entity", entity);
        manifest.put("suggest", suggest);
        return manifest;
    }

    /** A type as the API writes it: identifier and name. */
    static JsonObject type(ReconciliationType type) {
        JsonObject json = new JsonObject();
        json.put("id", type.id());
        json.put("name", type.label());
        return json;
    }
}
