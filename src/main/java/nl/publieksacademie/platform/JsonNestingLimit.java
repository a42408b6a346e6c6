package nl.publieksacademie.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Stops a JSON request body at the first bracket that opens more than {@value #MAX_DEPTH} levels deep, before the
 * JSON binding sees it: a body of 100 000 nested brackets would otherwise run the binding's recursion out of stack.
 * The body is checked as it streams (nothing is buffered); strings are skipped, so their text may hold any bracket.
 * A body the binding cannot read (too deep, not JSON, a value of the wrong type, empty or {@code null}) becomes
 * {@link InvalidInput}: a 400
 * in the problem shape, worded by {@link JsonBodyProblems}. JSON failures anywhere else stay server errors.
 */
@Provider
public class JsonNestingLimit implements ReaderInterceptor {

    /** Far above anything the API takes (three levels), far below what exhausts a thread's stack. */
    public static final int MAX_DEPTH = 64;

    /** The body opened more levels than allowed; thrown while the body is read. */
    public static final class TooDeep extends IOException {
        public TooDeep() {
            super("JSON nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        context.setInputStream(new Limited(context.getInputStream()));
        try {
            Object body = context.proceed();
            if (body == null) {
                // the JSON literal null: every resource that reads a body needs one
                throw new InvalidInput(List.of(Problem.onField(null, "request.noBody")));
            }
            return body;
        } catch (IOException | RuntimeException e) {
            Optional<List<Problem>> problems = JsonBodyProblems.of(e);
            if (problems.isPresent()) {
                throw new InvalidInput(problems.get());
            }
            throw e;
        }
    }

    /** How much of a refused body is still read (and dropped), so the client can finish sending and get the 400. */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    /** Counts the nesting of the bytes read through it; JSON's structural characters are ASCII in every UTF. */
    static final class Limited extends FilterInputStream {
        private int depth;
        private boolean inString;
        private boolean escaped;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                see(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                see(buffer[offset + i]);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = 0;
            while (skipped < n && read() >= 0) {
                skipped++;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        /**
         * Reads the rest of the body: a server that answers before the body is in and closes the connection leaves
         * the client with a broken pipe instead of the answer.
         */
        private void drain() {
            byte[] sink = new byte[8192];
            try {
                for (long drained = 0; drained < DRAIN_LIMIT; ) {
                    int n = in.read(sink);
                    if (n < 0) {
                        return;
                    }
                    drained += n;
                }
            } catch (IOException e) {
                // the client went away; the refusal stands
            }
        }

        private void see(int b) throws IOException {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > MAX_DEPTH) {
                    drain();
                    throw new TooDeep();
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
    }
}
