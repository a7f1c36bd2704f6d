package org.newsdesk.cms.importer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.newsdesk.cms.importer.document.UnreadableDocumentException;

/**
 * Reads and parses the next documents of a run on a second thread while the import
 * thread stores the current batch: parsing is CPU work the database does not wait
 * for. Documents come out in order, at most {@code lookAhead} of them in flight.
 */
final class ReadAhead implements AutoCloseable {

    private final int documents;
    private final int lookAhead;
    private final IntFunction<ReadDocument> read;
    /** The stack of a main thread: parsing deeply nested markup is recursive. */
    private static final long STACK_BYTES = 8L * 1024 * 1024;

    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(null, task, "import-read-ahead", STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<Future<ReadDocument>> inFlight = new ArrayDeque<>();
    private int submitted;

    ReadAhead(int documents, int lookAhead, IntFunction<ReadDocument> read) {
        this.documents = documents;
        this.lookAhead = lookAhead;
        this.read = read;
    }

    /**
     * The document at {@code position}, which must be the next one in order.
     *
     * @throws UnreadableDocumentException with the reason, when it cannot be imported
     */
    ReadDocument take(int position) {
        while (submitted < documents && submitted <= position + lookAhead) {
            int next = submitted++;
            inFlight.add(reader.submit(() -> read.apply(next)));
        }
        try {
            return inFlight.remove().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof StackOverflowError) {
                throw new UnreadableDocumentException("the document is nested too deeply to read");
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading documents", e);
        }
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
