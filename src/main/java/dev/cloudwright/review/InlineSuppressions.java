package dev.cloudwright.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments in Terraform sources, in Cloudwright's syntax and in those users already have for the related
 * ids a rule declares. A comment applies on the finding's line, on the line above it, anywhere inside the top-level
 * block holding it, or in the comment lines just above that block:
 * <ul>
 *   <li>{@code # cloudwright:ignore:CW-AWS-012[,CW-AWS-013] reason exp:2027-01-31} (the rule's own id, or a related one)</li>
 *   <li>{@code #checkov:skip=CKV_AWS_20:reason}</li>
 *   <li>{@code #tfsec:ignore:AVD-AWS-0088:exp:2027-01-31} and {@code #trivy:ignore:AVD-AWS-0088}</li>
 *   <li>{@code # kics-scan ignore-line} (the next line) and {@code # kics-scan ignore-block} (the block it opens or precedes),
 *       for every rule, as in KICS</li>
 * </ul>
 * A suppression past its expiry date no longer applies.
 */
public final class InlineSuppressions {
    private static final Pattern CLOUDWRIGHT = Pattern.compile("cloudwright:ignore:([A-Za-z0-9_,\\-]+)(.*)");
    private static final Pattern CHECKOV = Pattern.compile("checkov:skip=([A-Za-z0-9_]+)(?::(.*))?");
    private static final Pattern TFSEC = Pattern.compile("(tfsec|trivy):ignore:([A-Za-z0-9_\\-]+?)(?::exp:(\\d{4}-\\d{2}-\\d{2}))?(?:\\s|$)");
    private static final Pattern KICS = Pattern.compile("kics-scan\\s+(ignore-line|ignore-block)");
    private static final Pattern EXPIRY = Pattern.compile("\\bexp:(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern HEREDOC = Pattern.compile("<<-?([A-Za-z_][A-Za-z0-9_]*)\\s*$");
    private static final Pattern BLOCK = Pattern.compile("^(resource|data|module|provider|variable|output|locals|terraform)\\b.*\\{\\s*(#.*)?$");

    private final Function<String, List<String>> source;
    private final LocalDate today;
    private final Map<String, Parsed> files = new HashMap<>();

    /**
     * @param source the lines of a file by the name findings give it (empty when it cannot be read)
     * @param today  the date expiries are compared with
     */
    public InlineSuppressions(Function<String, List<String>> source, LocalDate today) {
        this.source = source;
        this.today = today;
    }

    /** One comment that suppresses: the ids it names (empty: every rule), where it applies, and why. */
    private record Comment(List<String> ids, String syntax, int line, String reason, String expires, boolean nextLineOnly, boolean blockOnly) {}

    /** A file's suppression comments, its top-level blocks (first and last line) and its blank or comment-only lines. */
    private record Parsed(List<Comment> comments, List<int[]> blocks, java.util.Set<Integer> blankOrComment) {}

    /** What suppresses {@code f}, if anything does. */
    public Optional<Suppression> match(Finding f) {
        if (f.at() == null || f.at().line() <= 0) {
            return Optional.empty();
        }
        Parsed p = files.computeIfAbsent(f.at().file(), n -> parse(source.apply(n)));
        int line = f.at().line();
        int[] block = p.blocks().stream().filter(b -> b[0] <= line && line <= b[1]).findFirst().orElse(null);
        for (Comment c : p.comments()) {
            if (!names(c, f.rule()) || !applies(c, line, block, p) || expired(c)) {
                continue;
            }
            return Optional.of(new Suppression(c.syntax() + " (" + f.at().file() + ":" + c.line() + ")", c.reason(), c.expires()));
        }
        return Optional.empty();
    }

    private static boolean names(Comment c, RuleMeta rule) {
        return c.ids().isEmpty() || c.ids().stream().anyMatch(id -> id.equalsIgnoreCase(rule.id()) || rule.related().stream().anyMatch(id::equalsIgnoreCase));
    }

    private static boolean applies(Comment c, int line, int[] block, Parsed p) {
        if (c.nextLineOnly()) {
            return c.line() + 1 == line;
        }
        boolean aboveBlock = block != null && c.line() < block[0] && commentsOnlyBetween(p, c.line(), block[0]);
        boolean inBlock = block != null && block[0] <= c.line() && c.line() <= block[1];
        if (c.blockOnly()) {
            return aboveBlock || block != null && c.line() == block[0];
        }
        return c.line() == line || c.line() + 1 == line || inBlock || aboveBlock;
    }

    /** Lines {@code from} .. {@code to} (exclusive) are all comments: {@code from} is part of the comment run above the block. */
    private static boolean commentsOnlyBetween(Parsed p, int from, int to) {
        for (int l = from + 1; l < to; l++) {
            int line = l;
            if (p.comments().stream().noneMatch(c -> c.line() == line) && !p.blankOrComment().contains(line)) {
                return false;
            }
        }
        return true;
    }

    private boolean expired(Comment c) {
        return c.expires() != null && LocalDate.parse(c.expires()).isBefore(today);
    }

    static Parsed parse(List<String> lines) {
        List<Comment> comments = new ArrayList<>();
        List<int[]> blocks = new ArrayList<>();
        java.util.Set<Integer> plain = new java.util.HashSet<>();
        int depth = 0;
        int start = 0;
        String heredoc = null;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            int n = i + 1;
            if (heredoc != null) {
                if (text.strip().equals(heredoc)) {
                    heredoc = null;
                }
                continue;
            }
            String comment = comment(text);
            if (comment != null) {
                read(comment, n, comments);
                if (text.strip().startsWith("#") || text.strip().startsWith("//")) {
                    plain.add(n);
                }
            }
            if (text.isBlank()) {
                plain.add(n);
            }
            if (depth == 0 && BLOCK.matcher(text).matches()) {
                start = n;
            }
            String code = comment == null ? text : text.substring(0, text.length() - comment.length() - 1);
            Matcher h = HEREDOC.matcher(code);
            if (h.find()) {
                heredoc = h.group(1);
            }
            int before = depth;
            depth += braces(code);
            if (before > 0 && depth <= 0 || before == 0 && depth == 0 && start == n && code.contains("}")) {
                blocks.add(new int[] {start, n});
                depth = 0;
            }
        }
        return new Parsed(List.copyOf(comments), List.copyOf(blocks), java.util.Set.copyOf(plain));
    }

    /** The comment of a line (after {@code #} or {@code //} outside a string), without its marker; null when none. */
    private static String comment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && (ch == '#' || ch == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/')) {
                return line.substring(ch == '#' ? i + 1 : i + 2);
            }
        }
        return null;
    }

    private static int braces(String code) {
        int d = 0;
        boolean inString = false;
        for (int i = 0; i < code.length(); i++) {
            char ch = code.charAt(i);
            if (ch == '"' && (i == 0 || code.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && ch == '{') {
                d++;
            } else if (!inString && ch == '}') {
                d--;
            }
        }
        return d;
    }

    private static void read(String comment, int line, List<Comment> out) {
        Matcher m = CLOUDWRIGHT.matcher(comment);
        if (m.find()) {
            String rest = m.group(2);
            Matcher e = EXPIRY.matcher(rest);
            String expires = e.find() ? e.group(1) : null;
            String reason = EXPIRY.matcher(rest).replaceAll("").strip();
            out.add(new Comment(List.of(m.group(1).split(",")), "cloudwright:ignore", line, reason, expires, false, false));
        }
        m = CHECKOV.matcher(comment);
        if (m.find()) {
            out.add(new Comment(List.of(m.group(1)), "checkov:skip", line, m.group(2) == null ? "" : m.group(2).strip(), null, false, false));
        }
        m = TFSEC.matcher(comment);
        while (m.find()) {
            out.add(new Comment(List.of(m.group(2)), m.group(1) + ":ignore", line, "", m.group(3), false, false));
        }
        m = KICS.matcher(comment);
        if (m.find()) {
            boolean lineOnly = m.group(1).equals("ignore-line");
            out.add(new Comment(List.of(), "kics-scan " + m.group(1), line, "", null, lineOnly, !lineOnly));
        }
    }
}
