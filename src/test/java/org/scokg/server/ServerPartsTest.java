package org.scokg.server;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.scokg.architecture.ArchitectureTest;
import org.junit.jupiter.api.Test;

/**
 * The server's three parts depend one way: pages ({@code html}) on descriptions ({@code ld}) and
 * plumbing ({@code http}), descriptions on plumbing, plumbing on neither; none of them on the
 * module and servlets above them that join them. The reconciliation service ({@code reconcile}) sits
 * beside the pages: it may use them (to escape its previews) and the descriptions, and only the
 * module uses it.
 */
class ServerPartsTest {
    @Test
    void dataFlowsOneWayThroughTheServersParts() {
        JavaClasses server = new ClassFileImporter().withImportOption(ArchitectureTest.MAIN_CLASSES)
                .importPackages("org.scokg.server");
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("site").definedBy("org.scokg.server")
                .layer("html").definedBy("org.scokg.server.html..")
                .layer("ld").definedBy("org.scokg.server.ld..")
                .layer("http").definedBy("org.scokg.server.http..")
                .layer("reconcile").definedBy("org.scokg.server.reconcile..")
                .whereLayer("site").mayNotBeAccessedByAnyLayer()
                .whereLayer("reconcile").mayOnlyBeAccessedByLayers("site")
                .whereLayer("html").mayOnlyBeAccessedByLayers("site", "reconcile")
                .whereLayer("ld").mayOnlyBeAccessedByLayers("site", "html", "reconcile")
                .whereLayer("http").mayOnlyBeAccessedByLayers("site", "html", "ld")
                .check(server);
    }
}
