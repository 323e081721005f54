package lu.adem.tremplin.shared.security;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 413 for a request body over {@link #MAX_BYTES} to the engine REST API or the webapps' APIs, before
 * anything buffers it: the engine REST API reads a whole multipart deployment into memory, whatever
 * its size. A declared {@code Content-Length} over the limit is refused before the body is read; a
 * body of unknown length (chunked) is counted as it is read and cut off at the limit
 * ({@link CountedBody}), whatever the reader then answers.
 */
class RequestSizeLimit extends OncePerRequestFilter {

    /** Four resources of 5 MB (the largest a deployment check lets through), and the multipart envelope. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final long limit;

    RequestSizeLimit() {
        this(MAX_BYTES);
    }

    RequestSizeLimit(long limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            refuse(request, response);
            return;
        }
        CountedBody body = new CountedBody(request, response, limit);
        try {
            chain.doFilter(body.request(), body.response());
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!body.exceeded()) {
                throw failure;
            }
        }
        if (body.exceeded() && !response.isCommitted()) {
            response.reset();
            refuse(request, response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The client may still be sending: close the connection rather than read the rest.
        response.setHeader("Connection", "close");
        Refusals.answer(
                request,
                response,
                HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "PayloadTooLarge",
                "The request body is larger than " + limit / 1024 / 1024 + " MB.");
    }
}
