package dev.cloudwright.terraform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs recursive work (parsing and converting deeply nested files) on a thread with a large stack,
 * so a 10,000-deep nesting parses instead of overflowing the default stack.
 */
public final class BigStack implements AutoCloseable {
    static final long STACK_BYTES = 1L << 30;

    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "cloudwright-parser", STACK_BYTES);
        t.setDaemon(true);
        return t;
    });

    public <T> T run(Callable<T> task) {
        Future<T> f = pool.submit(task);
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
