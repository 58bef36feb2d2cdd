package app.goalpost.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Reads and checks an import on one thread while the caller's thread writes the previous chunks: parsing and
 * checking a million rows is seconds of CPU that would otherwise add to the database's time (the write must stay
 * on the caller's thread, which owns the transaction). A few chunks are in flight at most, so memory stays
 * bounded. Whatever fails on either side stops both, and the first failure reaches the caller unchanged.
 */
final class ImportPipeline {

    private static final int IN_FLIGHT = 4;
    private static final List<Object> END = List.of();

    private ImportPipeline() {
    }

    /**
     * Runs {@code produce} (which hands items to its argument) on a virtual thread and {@code write} on this one,
     * {@code chunkSize} items per call. Returns the number of items written.
     */
    @SuppressWarnings("unchecked")
    static <T> long run(Consumer<Consumer<T>> produce, int chunkSize, Consumer<List<T>> write) {
        BlockingQueue<List<?>> queue = new ArrayBlockingQueue<>(IN_FLIGHT);
        RuntimeException[] failure = new RuntimeException[1];
        boolean[] stopped = new boolean[1];
        Thread producer = Thread.ofVirtual().name("import-reader").start(() -> {
            List<T>[] chunk = new List[] {new ArrayList<T>(chunkSize)};
            try {
                produce.accept(item -> {
                    chunk[0].add(item);
                    if (chunk[0].size() == chunkSize) {
                        put(queue, chunk[0], stopped);
                        chunk[0] = new ArrayList<>(chunkSize);
                    }
                });
                if (!chunk[0].isEmpty()) {
                    put(queue, chunk[0], stopped);
                }
            } catch (RuntimeException e) {
                failure[0] = e;
            } finally {
                put(queue, END, new boolean[1]);
            }
        });
        long written = 0;
        try {
            for (List<?> chunk = take(queue); chunk != END; chunk = take(queue)) {
                write.accept((List<T>) chunk);
                written += chunk.size();
            }
        } catch (RuntimeException e) {
            synchronized (stopped) {
                stopped[0] = true;
            }
            queue.clear();
            join(producer, queue);
            throw e;
        }
        join(producer, queue);
        if (failure[0] != null) {
            throw failure[0];
        }
        return written;
    }

    private static void put(BlockingQueue<List<?>> queue, List<?> chunk, boolean[] stopped) {
        synchronized (stopped) {
            if (stopped[0]) {
                throw new CancellationException("the writer stopped");
            }
        }
        try {
            while (!queue.offer(chunk, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                synchronized (stopped) {
                    if (stopped[0]) {
                        throw new CancellationException("the writer stopped");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    private static List<?> take(BlockingQueue<List<?>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /** Waits for the producer, draining what it still puts so that it can finish. */
    private static void join(Thread producer, BlockingQueue<List<?>> queue) {
        try {
            while (!producer.join(java.time.Duration.ofMillis(50))) {
                queue.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }
}
