package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a person sees in a real browser (headless Chromium): the home page, the SCO's page and a
 * meeting's page, by their visible text, with screenshots saved under the build directory
 * ({@code screenshots/}) to look at; and the Fuseki UI still reachable at {@code /#/...}.
 */
class BrowserTest {
    static SeedServer seed;
    static Chromium chromium;
    static Path screenshots;

    @BeforeAll
    static void browser() throws Exception {
        chromium = Chromium.requireInstalled();
        seed = SeedServer.get();
        // target-ld/test-classes -> target-ld: the build directory of this build, whatever it is called.
        Path testClasses = Path.of(BrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        screenshots = testClasses.getParent().resolve("screenshots");
    }

    @Test
    void theHomePage() throws Exception {
        String text = Chromium.visibleText(chromium.dumpDom(seed.root));
        assertTrue(text.startsWith("SCO knowledge graph"), text);
        for (String expected : new String[] {"Organisations", "Shanghai Cooperation Organisation", "States in the articles", "China",
                "Meetings", "Tianjin", "Articles", "SPARQL query"}) {
            assertTrue(text.contains(expected), "the home page shows " + expected + ": " + text);
        }
        chromium.screenshot(seed.root, screenshots.resolve("home.png"));
    }

    @Test
    void theScoPage() throws Exception {
        String dom = chromium.dumpDom(seed.iri("org/sco"));
        assertTrue(dom.contains("<svg"), "the membership timeline is drawn");
        String text = Chromium.visibleText(dom);
        for (String expected : new String[] {"Shanghai Cooperation Organisation", "Organisasi Kerja Sama Shanghai", "Membership timeline",
                "Members and partners", "China", "full member", "Source:", "Wikidata Q485207", "Turtle", "JSON-LD"}) {
            assertTrue(text.contains(expected), "the SCO page shows " + expected + ": " + text);
        }
        assertFalse(text.contains("<script"), "no markup leaks into the text");
        chromium.screenshot(seed.iri("org/sco"), screenshots.resolve("sco.png"));
    }

    @Test
    void aMeetingPage() throws Exception {
        String meeting = seed.iri("meeting/2025-09-01-tianjin");
        String text = Chromium.visibleText(chromium.dumpDom(meeting));
        for (String expected : new String[] {"Shanghai Cooperation Organisation meeting, Tianjin, 2025-09-01", "Participants", "China",
                "represented by", "Xi Jinping", "Pada sesi pleno KTT SCO Plus"}) {
            assertTrue(text.contains(expected), "the meeting page shows " + expected + ": " + text);
        }
        chromium.screenshot(meeting, screenshots.resolve("meeting.png"));
    }

    @Test
    void anIndonesianBrowserReadsIndonesian() throws Exception {
        String text = Chromium.visibleText(chromium.dumpDom(seed.iri("state/cn"), "--lang=id", "--accept-lang=id"));
        assertTrue(text.contains("Tiongkok") && text.contains("Keanggotaan") && text.contains("Linimasa keanggotaan"), text);
        chromium.screenshot(seed.iri("state/cn"), screenshots.resolve("china-id.png"), "--lang=id", "--accept-lang=id");
    }

    @Test
    void theSparqlUiStillOpensAtTheRootFragment() throws Exception {
        String dom = chromium.dumpDom(seed.root + "#/dataset/sco/query");
        String text = Chromium.visibleText(dom);
        assertTrue(text.contains("Apache Jena Fuseki") && text.contains("SPARQL"), "the Fuseki UI's query page: " + text);
        assertTrue(text.contains("/sco"), "with the dataset listed: " + text);
        // The page loads /$/server and /$/stats/sco, which serve less than Fuseki's: a failed load shows a toast.
        assertFalse(dom.contains("class=\"toast "), "no error toast: " + text);
    }
}
