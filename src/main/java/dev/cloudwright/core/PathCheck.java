package dev.cloudwright.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Why a path cannot be read: a missing path, a dangling symbolic link or a symbolic link loop, each
 * worded once, here. The commands check their path arguments with it, and the Terraform readers use
 * it for the files and module directories inside a configuration and for {@code --var-file}, so the
 * reason reads the same wherever the path came from.
 */
public final class PathCheck {
    /** More links than this in a chain is treated as a loop, as the operating system does (ELOOP). */
    private static final int MAX_LINKS = 40;

    private PathCheck() {}

    /** Why {@code p} cannot be read, or null when it exists (after following symbolic links). */
    public static String problem(Path p) {
        return problem(p, p.toString());
    }

    /**
     * Why {@code p} cannot be read, or null when it exists; {@code shown} is how the path is shown to
     * the user (the start of a link chain in the message).
     */
    public static String problem(Path p, String shown) {
        if (Files.exists(p)) {
            return null;
        }
        String link = brokenLink(p, shown);
        return link != null ? link : "no such file or directory";
    }

    /**
     * Why the symbolic link {@code p} leads nowhere (it dangles or loops), or null when {@code p} is
     * not a symbolic link or its target exists.
     */
    public static String brokenLink(Path p, String shown) {
        if (!Files.isSymbolicLink(p) || Files.exists(p)) {
            return null;
        }
        List<String> chain = new ArrayList<>();
        chain.add(shown);
        Set<Path> seen = new HashSet<>();
        seen.add(p.toAbsolutePath().normalize());
        Path cur = p;
        try {
            for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(cur); i++) {
                Path target = Files.readSymbolicLink(cur);
                chain.add(target.toString());
                Path parent = cur.toAbsolutePath().getParent();
                Path next = parent == null ? target : parent.resolve(target);
                if (!seen.add(next.toAbsolutePath().normalize())) {
                    return "symbolic link loop: " + String.join(" -> ", chain) + " (the links never reach a file)";
                }
                cur = next;
            }
        } catch (IOException | RuntimeException e) {
            return "cannot follow symbolic link " + String.join(" -> ", chain) + ": " + e.getMessage();
        }
        if (Files.isSymbolicLink(cur)) {
            return "symbolic link loop: " + String.join(" -> ", chain.subList(0, Math.min(chain.size(), 4)))
                    + " -> ... (more than " + MAX_LINKS + " links)";
        }
        if (!Files.exists(cur, LinkOption.NOFOLLOW_LINKS)) {
            return "dangling symbolic link: " + String.join(" -> ", chain) + ", which does not exist";
        }
        // The chain ends at something that exists, yet the path does not resolve: a link inside the
        // target's own path loops or dangles.
        return "cannot follow symbolic link " + String.join(" -> ", chain) + " (a directory on the way is a broken or looping link)";
    }

    /** Throws the usual bad-input error (exit 2) when {@code p} cannot be read. */
    public static void require(Path p) {
        String why = problem(p);
        if (why != null) {
            throw new InputException(new SourcePosition(p.toString(), 0, 0), why);
        }
    }
}
