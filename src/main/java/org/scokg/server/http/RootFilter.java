package org.scokg.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Two addresses that other handlers own, answered here before Fuseki sees them, and nothing else:
 * <ul>
 * <li>exactly {@code /}, without a query: the home page for a browser, and for a program a 303 to the
 *     dataset's VoID description. Everything else at the root ({@code /?ui}, the UI's files) goes on
 *     to the Fuseki UI.</li>
 * <li>a GET of a query endpoint ({@code /sco/sparql}, {@code /sco/query}) without a {@code query}
 *     parameter: its SPARQL Service Description, which Fuseki answers with 404.</li>
 * </ul>
 * What is answered there is the site's: this filter only decides which requests it takes.
 */
public final class RootFilter implements Filter {
    private final Set<String> queryEndpoints;
    private final RequestHandler home;
    private final RequestHandler serviceDescription;

    /**
     * @param queryEndpoints     the paths of the query endpoints, such as {@code /sco/sparql}
     * @param home               answers {@code /}
     * @param serviceDescription answers a query endpoint without a query ({@link Http#path} says which)
     */
    public RootFilter(Set<String> queryEndpoints, RequestHandler home, RequestHandler serviceDescription) {
        this.queryEndpoints = queryEndpoints;
        this.home = home;
        this.serviceDescription = serviceDescription;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        String path = Http.path(request);
        if (read && path.equals("/") && onlyLanguage(request.getQueryString())) {
            home.handle(request, response);
        } else if (read && queryEndpoints.contains(path) && onlyLanguage(request.getQueryString())) {
            serviceDescription.handle(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** No query, or only the language choice of the page's own switch. */
    private static boolean onlyLanguage(String query) {
        return query == null || query.isEmpty() || query.matches("lang=[a-z]{2}");
    }
}
