package dev.cloudwright.requirements;

import dev.cloudwright.core.SourcePosition;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where each value of the requirements file was written, keyed by its path ({@code workload.cache},
 * {@code regions[1]}), so later findings can point back at the line the user wrote.
 * Not part of the design's JSON output.
 */
public final class SourceMap implements dev.cloudwright.core.Json.Omitted {
    private final String file;
    private final Map<String, SourcePosition> positions = new TreeMap<>();

    public SourceMap(String file) {
        this.file = file;
    }

    void put(String path, SourcePosition pos) {
        positions.put(path, pos);
    }

    public String file() {
        return file;
    }

    public Optional<SourcePosition> at(String path) {
        return Optional.ofNullable(positions.get(path));
    }

    /** The position of {@code path}, or the file itself when the value was defaulted. */
    public SourcePosition atOrFile(String path) {
        return at(path).orElse(new SourcePosition(file, 0, 0));
    }

    @Override
    public String toString() {
        return file;
    }
}
