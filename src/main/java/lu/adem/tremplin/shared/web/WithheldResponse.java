package lu.adem.tremplin.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that passes everything on until a filter decides to answer the request itself; from then on the
 * status, headers and body the application sets are kept from the client, so that the filter's answer is the
 * only one: a 413 for a body over the size limit, a 503 during a database outage.
 */
public abstract class WithheldResponse extends HttpServletResponseWrapper {

    /** Passed to {@link #withholds(int)} when no status is being set. */
    protected static final int NO_STATUS = -1;

    protected WithheldResponse(HttpServletResponse response) {
        super(response);
    }

    /** Whether the answer of the application is kept from the client from now on; {@code status}: the one being set. */
    protected abstract boolean withholds(int status);

    @Override
    public void setStatus(int status) {
        if (!withholds(status)) {
            super.setStatus(status);
        }
    }

    @Override
    public void sendError(int status) throws IOException {
        if (!withholds(status)) {
            super.sendError(status);
        }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        if (!withholds(status)) {
            super.sendError(status, message);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!withholds(NO_STATUS)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!withholds(NO_STATUS)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!withholds(NO_STATUS)) {
            super.flushBuffer();
        }
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        // a writer taken once the answer is withheld writes nowhere
        return withholds(NO_STATUS) ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
    }
}
