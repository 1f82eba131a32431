package org.scokg.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: article text is read, facts are extracted, written as RDF, stored, served. Each
 * layer uses only those beneath it (vocabulary and reference data at the bottom); the command line and
 * the Wikidata export sit beside the top and use what they need. No two packages depend on each other.
 */
public class ArchitectureTest {
    private static final String VOCAB = "vocab";
    private static final String REFERENCE = "reference";
    private static final String ARTICLE = "article";
    private static final String EXTRACT = "extract";
    private static final String RDF = "rdf";
    private static final String STORE = "store";
    private static final String SERVER = "server";
    private static final String WIKIDATA = "wikidata";
    private static final String BENCH = "bench";
    private static final String CLI = "cli";

    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer(VOCAB).definedBy("org.scokg.vocab..")
            .layer(REFERENCE).definedBy("org.scokg.reference..")
            .layer(ARTICLE).definedBy("org.scokg.article..")
            // extract.mention < extract.analysis < extract.membership < extract: parts of the extractor
            .layer(EXTRACT).definedBy("org.scokg.extract..")
            .layer(RDF).definedBy("org.scokg.rdf..")
            .layer(STORE).definedBy("org.scokg.store..")
            // server.endpoint, server.http, server.ld and server.html are parts of the server
            .layer(SERVER).definedBy("org.scokg.server..")
            .layer(WIKIDATA).definedBy("org.scokg.wikidata..")
            // the benchmark measures the whole pipeline and the server, as the command line runs them
            .layer(BENCH).definedBy("org.scokg.bench..")
            .layer(CLI).definedBy("org.scokg.cli..")
            .whereLayer(CLI).mayNotBeAccessedByAnyLayer()
            .whereLayer(BENCH).mayOnlyBeAccessedByLayers(CLI)
            .whereLayer(WIKIDATA).mayOnlyBeAccessedByLayers(CLI)
            .whereLayer(SERVER).mayOnlyBeAccessedByLayers(BENCH, CLI)
            .whereLayer(STORE).mayOnlyBeAccessedByLayers(SERVER, WIKIDATA, BENCH, CLI)
            .whereLayer(RDF).mayOnlyBeAccessedByLayers(STORE, SERVER, WIKIDATA, BENCH, CLI)
            .whereLayer(EXTRACT).mayOnlyBeAccessedByLayers(RDF, STORE, SERVER, WIKIDATA, BENCH, CLI)
            .whereLayer(ARTICLE).mayOnlyBeAccessedByLayers(EXTRACT, RDF, STORE, SERVER, WIKIDATA, BENCH, CLI)
            .whereLayer(REFERENCE).mayOnlyBeAccessedByLayers(ARTICLE, EXTRACT, RDF, STORE, SERVER, WIKIDATA, BENCH, CLI);

    /** Every package on its own, sub-packages too (server.http, server.ld, ...): none may need another that needs it. */
    static final ArchRule NO_CYCLES = slices().matching("org.scokg.(**)").should().beFreeOfCycles();

    /**
     * The main classes only: tests may reach across layers to set up what they check. (ArchUnit's own
     * DO_NOT_INCLUDE_TESTS knows {@code target/test-classes} only, not a build directory of another name.)
     */
    public static final ImportOption MAIN_CLASSES = location -> !location.contains("/test-classes/");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(MAIN_CLASSES).importPackages("org.scokg");
    }

    @Test
    void eachLayerUsesOnlyThoseBeneathIt() {
        LAYERS.check(classes);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        NO_CYCLES.check(classes);
    }
}
