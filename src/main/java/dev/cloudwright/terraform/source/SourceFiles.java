package dev.cloudwright.terraform.source;

import dev.cloudwright.core.PathCheck;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Finds and reads Terraform source files. Problems with one file (unreadable, binary, too large, a
 * dangling or looping symbolic link, worded by {@link PathCheck}) become an entry with an error,
 * never an exception that stops the others.
 */
public final class SourceFiles {
    /** Files larger than this (10 MB) are skipped with a warning, unless {@link #MAX_BYTES_PROPERTY} says otherwise. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** The system property that sets the size limit in bytes ({@code -Dcloudwright.maxFileBytes=52428800} for 50 MB). */
    public static final String MAX_BYTES_PROPERTY = "cloudwright.maxFileBytes";

    private static final long MB = 1024 * 1024;

    private SourceFiles() {}

    /** A file found under the given paths, with its display path (as the user gave it). */
    public record Found(Path path, String display, String problem) {}

    /** A file's text, or why it could not be read. */
    public record Source(String display, String text, String problem, boolean skipped) {}

    /**
     * The files to read: given files as they are, directories walked recursively (following
     * symlinks, detecting loops) for names ending in one of {@code suffixes}, in sorted order.
     */
    public static List<Found> find(List<String> paths, List<String> suffixes) {
        List<Found> out = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            String missing = PathCheck.problem(path, p);
            if (missing != null) {
                out.add(new Found(path, p, missing));
                continue;
            }
            if (!Files.isDirectory(path)) {
                out.add(new Found(path, p, null));
                continue;
            }
            List<Found> inDir = new ArrayList<>();
            try {
                Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                        if (!dir.equals(path) && (name.equals(".git") || name.equals(".terraform"))) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String name = file.getFileName().toString();
                        if (!suffixes.stream().anyMatch(name::endsWith)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (attrs.isRegularFile()) {
                            inDir.add(new Found(file, display(p, path, file), null));
                        } else if (attrs.isSymbolicLink()) {
                            // The walk follows links; a link it reports as a link is one that leads nowhere.
                            String shown = display(p, path, file);
                            String why = PathCheck.brokenLink(file, shown);
                            if (why != null) {
                                inDir.add(new Found(file, shown, why));
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        String why = e instanceof FileSystemLoopException ? "symbolic link loop" : "cannot read: " + e.getMessage();
                        inDir.add(new Found(file, display(p, path, file), why));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                out.add(new Found(path, p, "cannot read directory: " + e.getMessage()));
            }
            inDir.sort((a, b) -> a.display().compareTo(b.display()));
            out.addAll(inDir);
        }
        return out;
    }

    private static String display(String given, Path root, Path file) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        String base = given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
        return base + "/" + rel;
    }

    /**
     * The size limit in bytes: {@link #MAX_BYTES_PROPERTY} when it is set to a positive whole number,
     * else {@link #DEFAULT_MAX_BYTES}.
     */
    public static long maxBytes() {
        String p = System.getProperty(MAX_BYTES_PROPERTY);
        if (p != null) {
            try {
                long n = Long.parseLong(p.trim());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // fall through to the default
            }
        }
        return DEFAULT_MAX_BYTES;
    }

    /** Reads one file as UTF-8 text, refusing binary content and files over {@link #maxBytes()}. */
    public static Source read(Found f) {
        if (f.problem() != null) {
            return new Source(f.display(), null, f.problem(), false);
        }
        try {
            long size = Files.size(f.path());
            long max = maxBytes();
            if (size > max) {
                String limit = max % MB == 0 ? max / MB + " MB (" + max + "-byte)" : max + "-byte";
                return new Source(f.display(), null, "file is " + size + " bytes, over the " + limit + " limit (-D" + MAX_BYTES_PROPERTY
                        + "=BYTES raises it)", true);
            }
            byte[] bytes = Files.readAllBytes(f.path());
            return decode(f.display(), bytes);
        } catch (IOException e) {
            String link = PathCheck.brokenLink(f.path(), f.display());
            return new Source(f.display(), null, link != null ? link : "cannot read: " + e.getMessage(), false);
        }
    }

    static Source decode(String display, byte[] bytes) {
        int scan = Math.min(bytes.length, 8192);
        for (int i = 0; i < scan; i++) {
            if (bytes[i] == 0) {
                return new Source(display, null, "not a text file (binary content)", false);
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (s.startsWith("\uFEFF")) {
                s = s.substring(1);
            }
            return new Source(display, s, null, false);
        } catch (CharacterCodingException e) {
            return new Source(display, null, "not a UTF-8 text file", false);
        }
    }
}
