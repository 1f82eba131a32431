package org.scokg.bench.corpus;

import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.scokg.bench.corpus.MeetingHistory.Meeting;
import org.scokg.bench.corpus.MeetingReport.Story;
import org.scokg.bench.corpus.PageLayout.Outlet;

/**
 * Writes the articles of a corpus one after another: article {@code i} of seed {@code s} reports a meeting drawn
 * with a generator seeded from both, so it is the same whatever the size of the corpus. No two articles of a
 * series have the same paragraphs (the database names an article by its text); a hash that was seen
 * before draws again, so that memory stays small for large corpora.
 */
public final class ReportWriter {
    /** Draws before giving up on finding a report that differs from all before it. */
    private static final int ATTEMPTS = 100;

    private final MeetingHistory history = MeetingHistory.load();
    private final MeetingReport reports = new MeetingReport(new ReferenceFacts(), history);

    /** The first {@code count} articles of the series of {@code seed}. */
    public Iterable<GeneratedArticle> articles(int count, long seed) {
        return () -> new Iterator<>() {
            private final Set<Integer> written = new HashSet<>();
            private int index;

            @Override
            public boolean hasNext() {
                return index < count;
            }

            @Override
            public GeneratedArticle next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return article(seed, index++, written);
            }
        };
    }

    private GeneratedArticle article(long seed, int index, Set<Integer> written) {
        // mixed, because java.util.Random gives nearby seeds nearly the same first draws
        Random random = new Random(new SplittableRandom(seed).split().nextLong() ^ new SplittableRandom(index).nextLong());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Meeting meeting = history.meetings().get(random.nextInt(history.meetings().size()));
            Story story = reports.write(meeting, random);
            if (!written.add(story.paragraphs().hashCode())) {
                continue;
            }
            int draw = random.nextInt(20);
            PageLayout layout = draw < 9 ? PageLayout.AGENCY_TEXT : draw < 16 ? PageLayout.OUTLET_TEXT : PageLayout.SAVED_PAGE;
            Outlet outlet = PageLayout.OUTLETS.get(random.nextInt(PageLayout.OUTLETS.size()));
            String url = "https://" + outlet.host() + "/internasional/" + story.published().toString().replace('-', '/') + "/"
                    + PageLayout.slug(story.headline()) + "-" + Long.toHexString(seed) + "-" + index;
            String content = layout.render(story, outlet, url, random);
            String name = String.format("%05d_%s_%d.%s", index, PageLayout.slug(story.datelineCity()), meeting.start().getYear(),
                    layout.extension);
            return new GeneratedArticle(name, url, content, story.gold().json());
        }
        throw new IllegalStateException("no new report for article " + index + " of seed " + seed + " after " + ATTEMPTS
                + " draws: the history of data/bench is too small for so many articles");
    }
}
