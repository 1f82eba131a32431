package org.scokg.wikidata.export;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scokg.wikidata.diff.ArticleSource;
import org.scokg.wikidata.diff.Finding;
import org.scokg.wikidata.diff.GraphMembership;
import org.scokg.wikidata.diff.OutletItems;
import org.scokg.wikidata.diff.StatusRole;
import org.scokg.wikidata.diff.StatusRoles;
import org.scokg.wikidata.model.Wikidata;
import org.scokg.wikidata.model.WikidataTime;

/**
 * Which findings of the diff become edits: only what Wikidata lacks or a qualifier its statement
 * lacks, at or above the minimum confidence, in a status whose Wikidata model was verified. Every
 * other fact that is not already in Wikidata is listed with the reason it is not exported.
 */
public final class ExportPlan {
    private final StatusRoles roles;
    private final OutletItems outlets;
    private final double minConfidence;

    public record Result(List<ExportStatement> statements, List<String> notExported) {}

    public ExportPlan(StatusRoles roles, OutletItems outlets, double minConfidence) {
        this.roles = roles;
        this.outlets = outlets;
        this.minConfidence = minConfidence;
    }

    public Result plan(List<Finding> findings) {
        List<ExportStatement> statements = new ArrayList<>();
        List<String> notExported = new ArrayList<>();
        for (Finding f : findings) {
            if (f.kind() == Finding.Kind.AGREES) {
                continue;
            }
            Optional<String> reason = reasonNotToExport(f);
            if (reason.isPresent()) {
                notExported.add(describe(f.fact()) + ": " + reason.get());
            } else {
                statements.add(statement(f));
            }
        }
        return new Result(statements, notExported);
    }

    private Optional<String> reasonNotToExport(Finding f) {
        GraphMembership m = f.fact();
        if (f.kind() == Finding.Kind.UNMAPPED) {
            return Optional.of(f.detail());
        }
        if (f.kind() == Finding.Kind.CONFLICT) {
            return Optional.of("conflict, for an editor to resolve: " + f.detail());
        }
        if (m.confidence() < minConfidence) {
            return Optional.of("confidence " + m.confidence() + " is below --min-confidence " + minConfidence);
        }
        Optional<StatusRole> role = roles.of(m.status());
        if (role.isEmpty()) {
            return Optional.of("the status " + m.status() + " has no Wikidata model in " + StatusRoles.DEFAULT);
        }
        if (!role.get().verified()) {
            return Optional.of("no verified Wikidata model for the status '" + role.get().label() + "' ("
                    + role.get().note() + ")");
        }
        if (!QuickStatementsSyntax.quotable(m.source().sentence())) {
            return Optional.of("the sentence holds a tab, a line break or a /* */ comment mark, which "
                    + "QuickStatements V1 cannot take inside a quote");
        }
        return Optional.empty();
    }

    private ExportStatement statement(Finding f) {
        GraphMembership m = f.fact();
        StatusRole model = roles.of(m.status()).orElseThrow();
        List<Snak> qualifiers = new ArrayList<>();
        if (f.kind() == Finding.Kind.ADDS_QUALIFIER) {
            String missing = f.missing().orElseThrow();
            WikidataTime time = (missing.equals(Wikidata.START_TIME) ? m.start() : m.end()).orElseThrow();
            qualifiers.add(new Snak(missing, new Snak.Time(time)));
        } else {
            model.role().ifPresent(r -> qualifiers.add(new Snak(Wikidata.SUBJECT_HAS_ROLE, new Snak.Item(r))));
            m.start().ifPresent(t -> qualifiers.add(new Snak(Wikidata.START_TIME, new Snak.Time(t))));
            m.end().ifPresent(t -> qualifiers.add(new Snak(Wikidata.END_TIME, new Snak.Time(t))));
        }
        return new ExportStatement(m.stateQid().orElseThrow(), model.property().orElseThrow(),
                m.organisationQid().orElseThrow(), qualifiers, reference(m.source()), summary(f));
    }

    private List<Snak> reference(ArticleSource source) {
        List<Snak> snaks = new ArrayList<>();
        source.url().filter(url -> isPublicUrl(url, source.article()))
                .ifPresent(url -> snaks.add(new Snak(Wikidata.REFERENCE_URL, new Snak.Url(url))));
        outlets.item(source.outlet(), source.url())
                .ifPresent(q -> snaks.add(new Snak(Wikidata.STATED_IN, new Snak.Item(q))));
        source.title().filter(QuickStatementsSyntax::quotable).ifPresent(t ->
                snaks.add(new Snak(Wikidata.TITLE, new Snak.Monolingual(source.titleLanguage(), t))));
        source.published().ifPresent(t -> snaks.add(new Snak(Wikidata.PUBLICATION_DATE, new Snak.Time(t))));
        snaks.add(new Snak(Wikidata.LANGUAGE_OF_WORK, new Snak.Item(Wikidata.INDONESIAN)));
        source.retrieved().ifPresent(t -> snaks.add(new Snak(Wikidata.RETRIEVED, new Snak.Time(t))));
        snaks.add(new Snak(Wikidata.QUOTE, new Snak.Monolingual("id", source.sentence())));
        return snaks;
    }

    /**
     * A URL a reader can open: http(s), not on this machine, and not an IRI the graph minted (those
     * share the article's base).
     */
    static boolean isPublicUrl(String url, String articleIri) {
        try {
            URI uri = URI.create(url);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            int id = articleIri.indexOf("/id/");
            String base = id < 0 ? articleIri : articleIri.substring(0, id + 1);
            return (url.startsWith("http://") || url.startsWith("https://")) && !host.isEmpty()
                    && !host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")
                    && !url.startsWith(base);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String summary(Finding f) {
        GraphMembership m = f.fact();
        ArticleSource s = m.source();
        String what = f.kind() == Finding.Kind.ADDS_QUALIFIER ? "date of " : "";
        String text = "sco-kg: " + what + roles.of(m.status()).map(StatusRole::label).orElse(m.status())
                + " of " + m.organisationName() + ", from " + s.title().map(t -> "\"" + t + "\"").orElse("a news article")
                + s.outlet().map(o -> " (" + o + s.published().map(p -> ", " + p).orElse("") + ")").orElse("");
        return text.replaceAll("[\\t\\r\\n]+", " ").replace("*/", "* /").replace("/*", "/ *");
    }

    /** The fact, and its article by the article's own URL where it has one, else by its hash. */
    private static String describe(GraphMembership m) {
        String article = m.source().article();
        return m.stateDisplay() + " " + m.status() + " of " + m.organisationDisplay()
                + m.start().map(t -> " from " + t).orElse("") + " [" + m.source().url()
                .orElse("article " + article.substring(article.lastIndexOf('/') + 1)) + "]";
    }
}
