package dev.cloudwright.terraform.hcl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits HCL native-syntax source into tokens. Iterative (an explicit mode stack tracks quoted
 * templates, heredocs and interpolations), so deep nesting cannot overflow the call stack.
 * Line comments are emitted without their newline; the newline follows as its own token.
 */
final class Scanner {
    private static final int NORMAL = 0;
    private static final int QUOTED = 1;
    private static final int HEREDOC = 2;

    /** One scanning context. */
    private static final class Mode {
        final int kind;
        final boolean interp; // a NORMAL mode opened by ${ or %{
        final String marker; // heredoc marker
        int depth; // open braces inside an interpolation
        boolean lineStart = true; // heredoc: at the start of a line

        Mode(int kind, boolean interp, String marker) {
            this.kind = kind;
            this.interp = interp;
            this.marker = marker;
        }
    }

    private final String file;
    private final String src;
    private final int n;
    private int i;
    private int line = 1;
    private int col = 1;
    private int bytes;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Diagnostic> diags;
    private final Deque<Mode> modes = new ArrayDeque<>();
    /** Where {@code src} starts in its file, when it is a piece of a larger file (a string in JSON syntax). */
    private Pos base;

    private Scanner(String file, String src, List<Diagnostic> diags) {
        this.file = file;
        this.src = src;
        this.n = src.length();
        this.diags = diags;
    }

    static List<Token> scan(String file, String src, List<Diagnostic> diags) {
        return scan(file, src, null, diags);
    }

    static List<Token> scan(String file, String src, Pos base, List<Diagnostic> diags) {
        Scanner s = new Scanner(file, src, diags);
        s.base = base;
        s.modes.push(new Mode(NORMAL, false, null));
        s.run();
        return s.tokens;
    }

    /** Scans a whole file as a bare template (templatefile): literal text with ${} and %{} sequences. */
    static List<Token> scanTemplate(String file, String src, List<Diagnostic> diags) {
        Scanner s = new Scanner(file, src, diags);
        s.modes.push(new Mode(NORMAL, false, null));
        s.modes.push(new Mode(HEREDOC, false, null));
        s.run();
        return s.tokens;
    }

    /** Scans a template that starts at {@code base} in its file, so that ranges point into the file. */
    static List<Token> scanTemplate(String file, String src, Pos base, List<Diagnostic> diags) {
        Scanner s = new Scanner(file, src, diags);
        s.base = base;
        s.modes.push(new Mode(NORMAL, false, null));
        s.modes.push(new Mode(HEREDOC, false, null));
        s.run();
        return s.tokens;
    }

    private int baseOffset() {
        return base == null ? 0 : base.offset();
    }

    private void run() {
        while (i < n) {
            Mode m = modes.peek();
            switch (m.kind) {
                case NORMAL -> normal(m);
                case QUOTED -> quoted();
                default -> heredoc(m);
            }
        }
        while (modes.size() > 1) {
            Mode m = modes.pop();
            if (m.kind == QUOTED || m.kind == HEREDOC && m.marker != null) {
                Pos p = pos();
                diags.add(Diagnostic.error("Unterminated template string", "No closing marker was found for the string.",
                        new Range(file, p, p)));
            }
        }
        Pos end = pos();
        tokens.add(new Token(TokenType.EOF, "", new Range(file, end, end)));
    }

    // ------------------------------------------------------------------ positions

    private Pos pos() {
        if (base == null) {
            return new Pos(line, col, bytes, i);
        }
        return new Pos(base.line() + line - 1, line == 1 ? base.column() + col - 1 : col, base.bytes() + bytes, base.offset() + i);
    }

    private void advance() {
        char c = src.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(src.charAt(i + 1))) {
            i += 2;
            bytes += 4;
            col++;
            return;
        }
        i++;
        if (c == '\n') {
            line++;
            col = 1;
            bytes++;
            return;
        }
        col++;
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }

    private void advance(int count) {
        int target = i + count;
        while (i < target) {
            advance();
        }
    }

    private char peek(int ahead) {
        int j = i + ahead;
        return j < n ? src.charAt(j) : '\0';
    }

    private void emit(TokenType t, Pos start) {
        tokens.add(new Token(t, src.substring(start.offset() - baseOffset(), i), new Range(file, start, pos())));
    }

    private void single(TokenType t, int len) {
        Pos s = pos();
        advance(len);
        emit(t, s);
    }

    // ------------------------------------------------------------------ normal mode

    private void normal(Mode m) {
        char c = src.charAt(i);
        switch (c) {
            case ' ', '\t' -> advance();
            case '\n' -> single(TokenType.NEWLINE, 1);
            case '\r' -> {
                if (peek(1) == '\n') {
                    single(TokenType.NEWLINE, 2);
                } else {
                    advance();
                }
            }
            case '#' -> lineComment();
            case '/' -> {
                if (peek(1) == '/') {
                    lineComment();
                } else if (peek(1) == '*') {
                    blockComment();
                } else {
                    single(TokenType.SLASH, 1);
                }
            }
            case '"' -> {
                single(TokenType.OQUOTE, 1);
                modes.push(new Mode(QUOTED, false, null));
            }
            case '{' -> {
                single(TokenType.OBRACE, 1);
                m.depth++;
            }
            case '}' -> {
                if (m.interp && m.depth == 0) {
                    single(TokenType.TEMPLATE_SEQ_END, 1);
                    modes.pop();
                } else {
                    single(TokenType.CBRACE, 1);
                    m.depth = Math.max(0, m.depth - 1);
                }
            }
            case '~' -> {
                if (peek(1) == '}' && m.interp && m.depth == 0) {
                    single(TokenType.TEMPLATE_SEQ_END, 2);
                    modes.pop();
                } else {
                    invalid("The \"~\" character is only valid as a strip marker in ${~ ~} or %{~ ~}.");
                }
            }
            case '[' -> single(TokenType.OBRACK, 1);
            case ']' -> single(TokenType.CBRACK, 1);
            case '(' -> single(TokenType.OPAREN, 1);
            case ')' -> single(TokenType.CPAREN, 1);
            case '*' -> single(TokenType.STAR, 1);
            case '+' -> single(TokenType.PLUS, 1);
            case '-' -> single(TokenType.MINUS, 1);
            case '%' -> single(TokenType.PERCENT, 1);
            case ',' -> single(TokenType.COMMA, 1);
            case '?' -> single(TokenType.QUESTION, 1);
            case '=' -> {
                if (peek(1) == '=') {
                    single(TokenType.EQUAL_OP, 2);
                } else if (peek(1) == '>') {
                    single(TokenType.FAT_ARROW, 2);
                } else {
                    single(TokenType.EQUAL, 1);
                }
            }
            case '!' -> single(peek(1) == '=' ? TokenType.NOT_EQUAL : TokenType.BANG, peek(1) == '=' ? 2 : 1);
            case '<' -> {
                if (peek(1) == '<' && heredocIntro()) {
                    return;
                }
                single(peek(1) == '=' ? TokenType.LESS_THAN_EQ : TokenType.LESS_THAN, peek(1) == '=' ? 2 : 1);
            }
            case '>' -> single(peek(1) == '=' ? TokenType.GREATER_THAN_EQ : TokenType.GREATER_THAN, peek(1) == '=' ? 2 : 1);
            case '&' -> {
                if (peek(1) == '&') {
                    single(TokenType.AND, 2);
                } else {
                    invalid("Bitwise operators are not supported. Did you mean boolean AND (\"&&\")?");
                }
            }
            case '|' -> {
                if (peek(1) == '|') {
                    single(TokenType.OR, 2);
                } else {
                    invalid("Bitwise operators are not supported. Did you mean boolean OR (\"||\")?");
                }
            }
            case ':' -> single(peek(1) == ':' ? TokenType.DOUBLE_COLON : TokenType.COLON, peek(1) == ':' ? 2 : 1);
            case '.' -> single(peek(1) == '.' && peek(2) == '.' ? TokenType.ELLIPSIS : TokenType.DOT, peek(1) == '.' && peek(2) == '.' ? 3 : 1);
            default -> {
                if (c >= '0' && c <= '9') {
                    number();
                } else if (identStart(src.codePointAt(i))) {
                    ident();
                } else if (c == '\'') {
                    invalid("Single quotes are not valid. Use double quotes (\") to enclose strings.");
                } else if (c == ';') {
                    invalid("Semicolons are not valid; use a newline to end an argument.");
                } else if (c == '\uFFFD') {
                    invalid("This character is not valid UTF-8.");
                } else {
                    invalid("This character is not used within the language.");
                }
            }
        }
    }

    private void invalid(String detail) {
        Pos s = pos();
        advance();
        emit(TokenType.INVALID, s);
        diags.add(Diagnostic.error("Invalid character", detail, new Range(file, s, pos())));
    }

    private void lineComment() {
        Pos s = pos();
        while (i < n && src.charAt(i) != '\n' && !(src.charAt(i) == '\r' && peek(1) == '\n')) {
            advance();
        }
        emit(TokenType.COMMENT, s);
    }

    private void blockComment() {
        Pos s = pos();
        advance(2);
        while (i < n && !(src.charAt(i) == '*' && peek(1) == '/')) {
            advance();
        }
        if (i >= n) {
            diags.add(Diagnostic.error("Unterminated comment", "There is no closing \"*/\" for this comment before the end of the file.",
                    new Range(file, s, pos())));
        } else {
            advance(2);
        }
        emit(TokenType.COMMENT, s);
    }

    private void number() {
        Pos s = pos();
        advance();
        while (i < n) {
            char c = src.charAt(i);
            if (c >= '0' && c <= '9') {
                advance();
            } else if (c == '.' && peek(1) >= '0' && peek(1) <= '9') {
                advance();
            } else if ((c == 'e' || c == 'E') && (isDigit(peek(1)) || (peek(1) == '+' || peek(1) == '-') && isDigit(peek(2)))) {
                advance(peek(1) == '+' || peek(1) == '-' ? 2 : 1);
            } else {
                break;
            }
        }
        emit(TokenType.NUMBER_LIT, s);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean identStart(int cp) {
        return cp == '_' || Character.isLetter(cp) || Character.getType(cp) == Character.LETTER_NUMBER;
    }

    static boolean identPart(int cp) {
        return cp == '-' || cp == '_' || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK || Character.getType(cp) == Character.CONNECTOR_PUNCTUATION
                || Character.getType(cp) == Character.LETTER_NUMBER;
    }

    private void ident() {
        Pos s = pos();
        advance();
        while (i < n && identPart(src.codePointAt(i))) {
            advance();
        }
        emit(TokenType.IDENT, s);
    }

    /** {@code <<EOT} or {@code <<-EOT} followed by a newline opens a heredoc. */
    private boolean heredocIntro() {
        int j = i + 2;
        boolean flush = j < n && src.charAt(j) == '-';
        if (flush) {
            j++;
        }
        int idStart = j;
        if (j >= n || !identStart(src.codePointAt(j))) {
            return false;
        }
        j += Character.charCount(src.codePointAt(j));
        while (j < n && identPart(src.codePointAt(j))) {
            j += Character.charCount(src.codePointAt(j));
        }
        String marker = src.substring(idStart, j);
        int nl;
        if (j < n && src.charAt(j) == '\n') {
            nl = 1;
        } else if (j + 1 < n && src.charAt(j) == '\r' && src.charAt(j + 1) == '\n') {
            nl = 2;
        } else {
            return false;
        }
        Pos s = pos();
        advance(j + nl - i);
        emit(TokenType.OHEREDOC, s);
        modes.push(new Mode(HEREDOC, false, flush ? "-" + marker : marker));
        return true;
    }

    // ------------------------------------------------------------------ templates

    private void quoted() {
        Pos s = pos();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '"') {
                flushLiteral(TokenType.QUOTED_LIT, s);
                single(TokenType.CQUOTE, 1);
                modes.pop();
                return;
            }
            if (c == '\n' || c == '\r' && peek(1) == '\n') {
                flushLiteral(TokenType.QUOTED_LIT, s);
                Pos p = pos();
                diags.add(Diagnostic.error("Invalid multi-line string", "Quoted strings may not be split over multiple lines. "
                        + "To produce a multi-line string, either use the \\n escape to represent a newline character or use the "
                        + "\"heredoc\" multi-line template syntax.", new Range(file, p, p)));
                tokens.add(new Token(TokenType.CQUOTE, "", new Range(file, p, p)));
                modes.pop();
                return;
            }
            if (c == '\\' && i + 1 < n && src.charAt(i + 1) != '\n') {
                advance(2);
                continue;
            }
            if ((c == '$' || c == '%') && peek(1) == c && peek(2) == '{') {
                advance(3);
                continue;
            }
            if ((c == '$' || c == '%') && peek(1) == '{') {
                flushLiteral(TokenType.QUOTED_LIT, s);
                openSequence(c);
                return;
            }
            advance();
        }
        flushLiteral(TokenType.QUOTED_LIT, s);
    }

    private void flushLiteral(TokenType type, Pos start) {
        if (i > start.offset() - baseOffset()) {
            emit(type, start);
        }
    }

    private void openSequence(char c) {
        Pos s = pos();
        advance(peek(2) == '~' ? 3 : 2);
        emit(c == '$' ? TokenType.TEMPLATE_INTERP : TokenType.TEMPLATE_CONTROL, s);
        modes.push(new Mode(NORMAL, true, null));
    }

    private void heredoc(Mode m) {
        if (m.lineStart) {
            m.lineStart = false;
            if (closingMarker(m)) {
                return;
            }
        }
        Pos s = pos();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                advance();
                flushLiteral(TokenType.STRING_LIT, s);
                m.lineStart = true;
                return;
            }
            if ((c == '$' || c == '%') && peek(1) == c && peek(2) == '{') {
                advance(3);
                continue;
            }
            if ((c == '$' || c == '%') && peek(1) == '{') {
                flushLiteral(TokenType.STRING_LIT, s);
                openSequence(c);
                return;
            }
            advance();
        }
        flushLiteral(TokenType.STRING_LIT, s);
    }

    /** A line holding only the marker (and blanks), followed by a newline, closes the heredoc. */
    private boolean closingMarker(Mode m) {
        if (m.marker == null) {
            return false;
        }
        String marker = m.marker.startsWith("-") ? m.marker.substring(1) : m.marker;
        int j = i;
        while (j < n && (src.charAt(j) == ' ' || src.charAt(j) == '\t')) {
            j++;
        }
        if (!src.startsWith(marker, j)) {
            return false;
        }
        int k = j + marker.length();
        while (k < n && (src.charAt(k) == ' ' || src.charAt(k) == '\t')) {
            k++;
        }
        if (!(k < n && src.charAt(k) == '\n' || k + 1 < n && src.charAt(k) == '\r' && src.charAt(k + 1) == '\n')) {
            return false;
        }
        Pos s = pos();
        advance(j + marker.length() - i);
        emit(TokenType.CHEREDOC, s);
        modes.pop();
        return true;
    }
}
