package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The Shanghai Five became the SCO on 2001-06-15: China's timeline ends its Shanghai Five bar there. */
class MembershipEndTest {
    @Test
    void chinasShanghaiFiveBarEndsWhenItBecameTheSco() {
        SeedServer seed = SeedServer.get();
        HttpResponse<byte[]> page = Client.get(seed.root + "doc/state/cn.html", "Accept-Language", "en");
        assertEquals(200, page.statusCode());
        String html = Client.text(page);
        assertTrue(html.contains("<title>Shanghai Five 1996: "), "the bar starts with the article's date");
        assertTrue(html.contains("<title>Shanghai Five 2001: "), "and holds until the SCO was founded");
        assertFalse(html.contains("<title>Shanghai Five 2002: "), "but not after");
        assertTrue(html.contains("<title>Shanghai Cooperation Organisation 2025: "), "while the SCO membership runs on");
    }
}
