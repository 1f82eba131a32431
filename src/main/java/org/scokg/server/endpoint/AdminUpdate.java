package org.scokg.server.endpoint;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;

/**
 * The one way to change data through a running server, off unless asked for: a SPARQL Update
 * endpoint ({@code /sco/update}) that only the users of a password file may call, by Fuseki's own
 * HTTP authentication (Jetty's password file: one {@code user: password} line each; HTTP basic, so
 * only behind HTTPS). Everything else stays public and read-only.
 */
public final class AdminUpdate {
    public static final String ENDPOINT = "update";

    private AdminUpdate() {}

    public static FusekiServer.Builder enable(FusekiServer.Builder builder, String datasetName, Path passwordFile) {
        if (!Files.isRegularFile(passwordFile) || !Files.isReadable(passwordFile)) {
            throw new IllegalArgumentException("the admin password file " + passwordFile.toAbsolutePath()
                    + " is not a readable file: create it with one 'user: password' line per administrator");
        }
        return builder.passwordFile(passwordFile.toAbsolutePath().toString())
                .auth(AuthScheme.BASIC)
                .addEndpoint(datasetName, ENDPOINT, Operation.Update, Auth.ANY_USER);
    }
}
