package lu.adem.tremplin.shared.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import lu.adem.tremplin.shared.web.WithheldResponse;

/**
 * A request body counted as it is read, which fails once past a limit; and the response, which from
 * then on ignores whatever the reader answers (a 400 for a broken upload, say), so that
 * {@link RequestSizeLimit} can answer 413 instead.
 */
final class CountedBody {

    private final long limit;
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private boolean exceeded;

    CountedBody(HttpServletRequest request, HttpServletResponse response, long limit) {
        this.limit = limit;
        this.request = new Request(request);
        this.response = new Response(response);
    }

    HttpServletRequest request() {
        return request;
    }

    HttpServletResponse response() {
        return response;
    }

    boolean exceeded() {
        return exceeded;
    }

    private final class Request extends HttpServletRequestWrapper {
        private ServletInputStream counted;

        Request(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new Counted(super.getInputStream());
            }
            return counted;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private final class Counted extends ServletInputStream {
        private final ServletInputStream in;
        private long read;

        Counted(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                exceeded = true;
                throw new IOException("Request body over " + limit + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }

    /** Passes everything on until the body is over the limit, nothing after. */
    private final class Response extends WithheldResponse {
        private ServletOutputStream out;

        Response(HttpServletResponse response) {
            super(response);
        }

        @Override
        protected boolean withholds(int status) {
            return exceeded;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                out = new Guarded(super.getOutputStream());
            }
            return out;
        }
    }

    private final class Guarded extends ServletOutputStream {
        private final ServletOutputStream out;

        Guarded(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (!exceeded) {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (!exceeded) {
                out.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (!exceeded) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (!exceeded) {
                out.close();
            }
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
