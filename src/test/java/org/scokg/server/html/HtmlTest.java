package org.scokg.server.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Nothing from the data reaches a page unescaped, and no data makes a dangerous link. */
class HtmlTest {
    @Test
    void textAndAttributesAreEscaped() {
        String page = new Html().open("p", "title", "\"><script>x</script>").text("<b>&'\"").close("p").toString();
        assertEquals("<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;b&gt;&amp;&#39;&quot;</p>", page);
    }

    @Test
    void controlCharactersAreReplaced() {
        assertEquals("a\uFFFDb\nc", Html.escape("a\u0000b\nc"));
    }

    @Test
    void onlyWebAndRelativeAddressesBecomeLinks() {
        assertTrue(Html.isSafeHref("http://localhost:3030/id/state/cn"));
        assertTrue(Html.isSafeHref("https://www.wikidata.org/entity/Q148"));
        assertTrue(Html.isSafeHref("/doc/state/cn"));
        assertTrue(Html.isSafeHref("#s3"));
        assertTrue(Html.isSafeHref("?ui#/dataset/sco/query"));
        assertFalse(Html.isSafeHref("javascript:alert(1)"));
        assertFalse(Html.isSafeHref("JavaScript:alert(1)"));
        assertFalse(Html.isSafeHref("data:text/html,<script>"));
        assertFalse(Html.isSafeHref("//evil.example/"));
        assertFalse(Html.isSafeHref("urn:isbn:123"));
        assertEquals("javascript:alert(1)", new Html().link("javascript:alert(1)", "javascript:alert(1)").toString());
        assertEquals("<a href=\"/x?a=1&amp;b=2\">&lt;x&gt;</a>", new Html().link("/x?a=1&b=2", "<x>").toString());
    }
}
