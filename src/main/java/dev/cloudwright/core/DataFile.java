package dev.cloudwright.core;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Bundled data files read once, on first use, and kept: the one loader behind the catalogs. */
public final class DataFile {
    private DataFile() {}

    /**
     * A thread-safe memo of {@code build} applied to the rows of {@code resource} (a classpath path such as
     * {@code dev/cloudwright/aws/regions.tsv}). If reading or building fails, the next call tries again.
     */
    public static <T> Supplier<T> lazy(String resource, Function<List<Tsv.Row>, T> build) {
        return new Memo<>(() -> build.apply(Tsv.resource(resource)));
    }

    private static final class Memo<T> implements Supplier<T> {
        private final Supplier<T> load;
        private volatile T value;

        Memo(Supplier<T> load) {
            this.load = load;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = load.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
