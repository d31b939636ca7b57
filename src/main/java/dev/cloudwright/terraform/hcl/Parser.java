package dev.cloudwright.terraform.hcl;

import dev.cloudwright.terraform.hcl.Body.Attribute;
import dev.cloudwright.terraform.hcl.Body.Block;
import dev.cloudwright.terraform.hcl.Expr.Op;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent parser for the HCL native syntax, producing an AST in which every node keeps its
 * source range. It recovers from errors to report several in one run and always returns a body.
 */
public final class Parser {
    /** Deeper nesting than this is reported rather than parsed. */
    static final int MAX_DEPTH = 100_000;

    private static final List<Map<TokenType, Op>> BINARY_OPS = binaryOps();

    private final String file;
    private final String src;
    private final List<Token> tokens;
    private final List<Diagnostic> diags;
    private int pos;
    private final Deque<Boolean> includeNewlines = new ArrayDeque<>();
    private boolean recovery;
    private int depth;
    private Token lastRead;

    private Parser(String file, String src, List<Token> tokens, List<Diagnostic> diags) {
        this.file = file;
        this.src = src;
        this.tokens = tokens;
        this.diags = diags;
        includeNewlines.push(true);
    }

    /** Parses a whole file. Never throws for bad input; problems are in the diagnostics. */
    public static HclFile parse(String file, String src) {
        List<Diagnostic> diags = new ArrayList<>();
        List<Token> tokens = Scanner.scan(file, src, diags);
        Parser p = new Parser(file, src, tokens, diags);
        Body body;
        try {
            body = p.parseBody(TokenType.EOF);
        } catch (TooDeep | StackOverflowError e) {
            Pos start = new Pos(1, 1, 0, 0);
            diags.add(Diagnostic.error("Nesting too deep", "This file nests expressions or blocks too deeply to be processed.",
                    p.current().range()));
            body = new Body(List.of(), List.of(), new Range(file, start, start));
        }
        return new HclFile(file, src, body, diags);
    }

    /** Parses a standalone expression (used for variable values given on the command line). */
    public static Expr parseExpression(String file, String src, List<Diagnostic> diags) {
        return parseExpression(file, src, null, diags);
    }

    /** Parses an expression that starts at {@code base} in its file (a string value in JSON syntax). */
    public static Expr parseExpression(String file, String src, Pos base, List<Diagnostic> diags) {
        List<Token> tokens = Scanner.scan(file, src, base, diags);
        Parser p = new Parser(file, src, tokens, diags);
        p.includeNewlines.push(false);
        Expr e = p.expression();
        if (p.peek().type() != TokenType.EOF && !p.recovery) {
            p.error("Extra characters after expression", "An expression was successfully parsed, but extra characters were found after it.",
                    p.peek().range());
        }
        return e;
    }

    /** Parses a whole file as a template, as {@code templatefile} does. */
    public static Expr parseTemplate(String file, String src, List<Diagnostic> diags) {
        return parseTemplate(file, src, null, diags);
    }

    /** Parses a template that starts at {@code base} in its file (a string value in JSON syntax). */
    public static Expr parseTemplate(String file, String src, Pos base, List<Diagnostic> diags) {
        List<Token> tokens = base == null ? Scanner.scanTemplate(file, src, diags) : Scanner.scanTemplate(file, src, base, diags);
        Parser p = new Parser(file, src, tokens, diags);
        Object[] t = p.templateInner(TokenType.EOF, false);
        @SuppressWarnings("unchecked")
        List<Expr> exprs = (List<Expr>) t[0];
        Range r = new Range(file, tokens.get(0).range().start(), tokens.get(tokens.size() - 1).range().end());
        if ((Boolean) t[1]) {
            return new Expr.TemplateWrap(exprs.get(0), r);
        }
        return new Expr.Template(List.copyOf(exprs), r);
    }

    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }

    // ------------------------------------------------------------------ token stream

    private Token peek() {
        boolean nl = includeNewlines.peek();
        int j = pos;
        while (true) {
            Token t = tokens.get(j);
            if (t.type() == TokenType.COMMENT || (!nl && t.type() == TokenType.NEWLINE)) {
                j++;
                continue;
            }
            return t;
        }
    }

    private Token read() {
        boolean nl = includeNewlines.peek();
        while (true) {
            Token t = tokens.get(pos);
            if (t.type() != TokenType.EOF) {
                pos++;
            }
            if (t.type() == TokenType.COMMENT || (!nl && t.type() == TokenType.NEWLINE)) {
                continue;
            }
            lastRead = t;
            return t;
        }
    }

    /** The range of the last token read. */
    private Range prevRange() {
        return lastRead == null ? tokens.get(0).range().startPoint() : lastRead.range();
    }

    private Token current() {
        return tokens.get(Math.min(pos, tokens.size() - 1));
    }

    private void pushNewlines(boolean include) {
        includeNewlines.push(include);
    }

    private void popNewlines() {
        includeNewlines.pop();
    }

    private void error(String summary, String detail, Range subject) {
        diags.add(Diagnostic.error(summary, detail, subject));
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new TooDeep();
        }
    }

    private void leave() {
        depth--;
    }

    private static TokenType opposite(TokenType t) {
        return switch (t) {
            case OBRACE -> TokenType.CBRACE;
            case OBRACK -> TokenType.CBRACK;
            case OPAREN -> TokenType.CPAREN;
            case OQUOTE -> TokenType.CQUOTE;
            case OHEREDOC -> TokenType.CHEREDOC;
            case CBRACE -> TokenType.OBRACE;
            case CBRACK -> TokenType.OBRACK;
            case CPAREN -> TokenType.OPAREN;
            case CQUOTE -> TokenType.OQUOTE;
            case CHEREDOC -> TokenType.OHEREDOC;
            case TEMPLATE_SEQ_END -> TokenType.TEMPLATE_INTERP;
            default -> null;
        };
    }

    /** Skips forward to the token closing the current bracket, counting nested brackets; returns it. */
    private Token recover(TokenType end) {
        TokenType start = opposite(end);
        recovery = true;
        int nest = 0;
        while (true) {
            Token t = read();
            TokenType ty = t.type();
            if (end == TokenType.TEMPLATE_SEQ_END && ty == TokenType.TEMPLATE_CONTROL) {
                ty = TokenType.TEMPLATE_INTERP;
            }
            if (ty == start) {
                nest++;
            } else if (ty == end) {
                if (nest < 1) {
                    return t;
                }
                nest--;
            } else if (ty == TokenType.EOF) {
                return t;
            }
        }
    }

    private void recoverOver(TokenType start) {
        while (true) {
            Token t = read();
            if (t.type() == start || t.type() == TokenType.EOF) {
                break;
            }
        }
        recover(opposite(start));
    }

    /** After a bad body item, skips to the next line outside any brackets. */
    private void recoverAfterBodyItem() {
        recovery = true;
        Deque<TokenType> open = new ArrayDeque<>();
        while (true) {
            Token t = read();
            switch (t.type()) {
                case NEWLINE -> {
                    if (open.isEmpty()) {
                        return;
                    }
                }
                case EOF -> {
                    return;
                }
                case OBRACE, OBRACK, OPAREN, OQUOTE, OHEREDOC, TEMPLATE_INTERP, TEMPLATE_CONTROL -> open.push(t.type());
                case CBRACE, CBRACK, CPAREN, CQUOTE, CHEREDOC -> {
                    TokenType o = opposite(t.type());
                    while (!open.isEmpty() && open.peek() != o) {
                        open.pop();
                    }
                    if (open.isEmpty()) {
                        return;
                    }
                    open.pop();
                }
                case TEMPLATE_SEQ_END -> {
                    while (!open.isEmpty() && open.peek() != TokenType.TEMPLATE_INTERP && open.peek() != TokenType.TEMPLATE_CONTROL) {
                        open.pop();
                    }
                    if (!open.isEmpty()) {
                        open.pop();
                    }
                }
                default -> {
                }
            }
        }
    }

    // ------------------------------------------------------------------ structure

    private Body parseBody(TokenType end) {
        enter();
        try {
            List<Attribute> attrs = new ArrayList<>();
            List<Block> blocks = new ArrayList<>();
            Range startRange = prevRangeOrStart();
            Range endRange;
            while (true) {
                Token next = peek();
                if (next.type() == end) {
                    endRange = next.range();
                    read();
                    break;
                }
                if (next.type() == TokenType.NEWLINE) {
                    read();
                    continue;
                }
                if (next.type() == TokenType.IDENT) {
                    // a new item starts on its own line: errors here are independent of earlier ones
                    recovery = false;
                    Object item = parseBodyItem();
                    if (item instanceof Block b) {
                        blocks.add(b);
                    } else if (item instanceof Attribute a) {
                        Attribute existing = attrs.stream().filter(x -> x.name().equals(a.name())).findFirst().orElse(null);
                        if (existing != null) {
                            error("Attribute redefined", "The argument \"" + a.name() + "\" was already set at " + existing.nameRange().file()
                                    + ":" + existing.nameRange().start().line() + "," + existing.nameRange().start().column()
                                    + ". Each argument may be set only once.", a.nameRange());
                        } else {
                            attrs.add(a);
                        }
                    }
                    continue;
                }
                Token bad = read();
                if (!recovery) {
                    if (bad.type() == TokenType.OQUOTE) {
                        error("Invalid argument name", "Argument names must not be quoted.", bad.range());
                    } else if (bad.type() == TokenType.EOF) {
                        if (end == TokenType.CBRACE) {
                            error("Unclosed configuration block", "There is no closing brace for this block before the end of the file. "
                                    + "This may be caused by incorrect brace nesting elsewhere in this file.", startRange);
                        } else {
                            error("Unclosed configuration body", "Found end of file before the end of this configuration body.", startRange);
                        }
                    } else {
                        error("Argument or block definition required", "An argument or block definition is required here.", bad.range());
                    }
                }
                endRange = prevRange();
                recover(end);
                break;
            }
            return new Body(attrs, blocks, Range.between(startRange, endRange));
        } finally {
            leave();
        }
    }

    private Range prevRangeOrStart() {
        return prevRange();
    }

    private Object parseBodyItem() {
        Token ident = read();
        Token next = peek();
        switch (next.type()) {
            case EQUAL:
                return finishAttribute(ident, false);
            case OQUOTE:
            case OBRACE:
            case IDENT:
                return finishBlock(ident);
            default:
                recoverAfterBodyItem();
                error("Argument or block definition required", "An argument or block definition is required here. "
                        + "To set an argument, use the equals sign \"=\" to introduce the argument value.", ident.range());
                return null;
        }
    }

    private Attribute finishAttribute(Token ident, boolean singleLine) {
        Token eq = read();
        int before = diags.size();
        Expr expr = expression();
        boolean failed = diags.size() > before;
        Range endRange;
        if (recovery && failed) {
            endRange = prevRange();
            recoverAfterBodyItem();
        } else {
            endRange = prevRange();
            if (!singleLine) {
                Token end = peek();
                if (end.type() != TokenType.NEWLINE && end.type() != TokenType.EOF) {
                    if (!recovery) {
                        if (end.type() == TokenType.COMMA) {
                            error("Unexpected comma after argument", "Argument definitions must be separated by newlines, not commas. "
                                    + "An argument definition must end with a newline.", end.range());
                        } else {
                            error("Missing newline after argument", "An argument definition must end with a newline.", end.range());
                        }
                    }
                    recoverAfterBodyItem();
                } else {
                    read();
                }
            }
        }
        return new Attribute(ident.text(), expr, Range.between(ident.range(), endRange), ident.range());
    }

    private Block finishBlock(Token ident) {
        List<String> labels = new ArrayList<>();
        List<Range> labelRanges = new ArrayList<>();
        Token oBrace;
        while (true) {
            Token t = peek();
            if (t.type() == TokenType.OBRACE) {
                oBrace = read();
                break;
            }
            if (t.type() == TokenType.OQUOTE) {
                Object[] lit = quotedStringLiteral();
                labels.add((String) lit[0]);
                labelRanges.add((Range) lit[1]);
                continue;
            }
            if (t.type() == TokenType.IDENT) {
                read();
                labels.add(t.text());
                labelRanges.add(t.range());
                continue;
            }
            if (t.type() == TokenType.EQUAL) {
                error("Invalid block definition", "The equals sign \"=\" indicates an argument definition, and must not be used when "
                        + "defining a block.", t.range());
            } else if (t.type() == TokenType.NEWLINE) {
                error("Invalid block definition", "A block definition must have block content delimited by \"{\" and \"}\", "
                        + "starting on the same line as the block header.", t.range());
            } else if (!recovery) {
                error("Invalid block definition", "Either a quoted string block label or an opening brace (\"{\") is expected here.",
                        t.range());
            }
            recoverAfterBodyItem();
            return new Block(ident.text(), labels, labelRanges, new Body(List.of(), List.of(), ident.range()), ident.range(), ident.range());
        }
        Body body;
        TokenType nt = peek().type();
        if (nt == TokenType.NEWLINE || nt == TokenType.EOF || nt == TokenType.CBRACE) {
            body = parseBody(TokenType.CBRACE);
        } else {
            body = singleAttrBody();
            Token after = peek();
            switch (after.type()) {
                case CBRACE -> read();
                case COMMA -> {
                    error("Invalid single-argument block definition", "Single-line block syntax can include only one argument "
                            + "definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.",
                            after.range());
                    recover(TokenType.CBRACE);
                }
                case NEWLINE -> {
                    error("Invalid single-argument block definition", "An argument definition on the same line as its containing block "
                            + "creates a single-line block definition, which must also be closed on the same line. Place the block's "
                            + "closing brace immediately after the argument definition.", after.range());
                    recover(TokenType.CBRACE);
                }
                default -> {
                    if (!recovery) {
                        if (after.type() == TokenType.EOF) {
                            error("Unclosed configuration block", "There is no closing brace for this block before the end of the file. "
                                    + "This may be caused by incorrect brace nesting elsewhere in this file.", oBrace.range());
                        } else {
                            error("Invalid single-argument block definition", "A single-line block definition must end with a closing "
                                    + "brace immediately after its single argument definition.", after.range());
                        }
                    }
                    recover(TokenType.CBRACE);
                }
            }
        }
        Range cBrace = prevRange();
        Token eol = peek();
        if (eol.type() == TokenType.NEWLINE || eol.type() == TokenType.EOF) {
            read();
        } else {
            if (!recovery) {
                error("Missing newline after block definition", "A block definition must end with a newline.", eol.range());
            }
            recoverAfterBodyItem();
        }
        if (body == null) {
            body = new Body(List.of(), List.of(), Range.between(oBrace.range(), cBrace));
        }
        return new Block(ident.text(), labels, labelRanges, body, ident.range(), Range.between(ident.range(), cBrace));
    }

    private Body singleAttrBody() {
        Token ident = read();
        if (ident.type() != TokenType.IDENT) {
            recoverAfterBodyItem();
            error("Argument or block definition required", "An argument or block definition is required here.", ident.range());
            return null;
        }
        Token next = peek();
        if (next.type() == TokenType.EQUAL) {
            Attribute a = finishAttribute(ident, true);
            return new Body(List.of(a), List.of(), a.range());
        }
        recoverAfterBodyItem();
        if (next.type() == TokenType.OQUOTE || next.type() == TokenType.OBRACE || next.type() == TokenType.IDENT) {
            error("Argument definition required", "A single-line block definition can contain only a single argument. If you meant to "
                    + "define argument \"" + ident.text() + "\", use an equals sign to assign it a value. To define a nested block, place "
                    + "it on a line of its own within its parent block.", Range.between(ident.range(), next.range()));
        } else {
            error("Argument or block definition required", "An argument or block definition is required here. To set an argument, "
                    + "use the equals sign \"=\" to introduce the argument value.", ident.range());
        }
        return null;
    }

    // ------------------------------------------------------------------ expressions

    public Expr expression() {
        enter();
        try {
            return conditional();
        } finally {
            leave();
        }
    }

    private Expr conditional() {
        Range start = peek().range();
        int before = diags.size();
        Expr cond = binary(0);
        if (recovery && diags.size() > before) {
            return cond;
        }
        if (peek().type() != TokenType.QUESTION) {
            return cond;
        }
        read();
        before = diags.size();
        Expr t = expression();
        if (recovery && diags.size() > before) {
            return cond;
        }
        Token colon = peek();
        if (colon.type() != TokenType.COLON) {
            error("Missing false expression in conditional", "The conditional operator (...?...:...) requires a false expression, "
                    + "delimited by a colon.", colon.range());
            return cond;
        }
        read();
        before = diags.size();
        Expr f = expression();
        if (recovery && diags.size() > before) {
            return cond;
        }
        return new Expr.Conditional(cond, t, f, Range.between(start, f.range()));
    }

    private Expr binary(int level) {
        if (level >= BINARY_OPS.size()) {
            return withTraversals();
        }
        Map<TokenType, Op> ops = BINARY_OPS.get(level);
        int before = diags.size();
        Expr lhs = binary(level + 1);
        if (recovery && diags.size() > before) {
            return lhs;
        }
        Op operation = null;
        Expr rhs = null;
        while (true) {
            Op op = ops.get(peek().type());
            if (op == null) {
                break;
            }
            if (operation != null) {
                lhs = new Expr.BinaryOp(lhs, operation, rhs, Range.between(lhs.range(), rhs.range()));
            }
            operation = op;
            read();
            before = diags.size();
            rhs = binary(level + 1);
            if (recovery && diags.size() > before) {
                return lhs;
            }
        }
        if (operation == null) {
            return lhs;
        }
        return new Expr.BinaryOp(lhs, operation, rhs, Range.between(lhs.range(), rhs.range()));
    }

    private static List<Map<TokenType, Op>> binaryOps() {
        List<Map<TokenType, Op>> l = new ArrayList<>();
        l.add(levelOf(TokenType.OR, Op.OR));
        l.add(levelOf(TokenType.AND, Op.AND));
        Map<TokenType, Op> eq = levelOf(TokenType.EQUAL_OP, Op.EQUAL);
        eq.put(TokenType.NOT_EQUAL, Op.NOT_EQUAL);
        l.add(eq);
        Map<TokenType, Op> cmp = levelOf(TokenType.GREATER_THAN, Op.GREATER);
        cmp.put(TokenType.GREATER_THAN_EQ, Op.GREATER_EQ);
        cmp.put(TokenType.LESS_THAN, Op.LESS);
        cmp.put(TokenType.LESS_THAN_EQ, Op.LESS_EQ);
        l.add(cmp);
        Map<TokenType, Op> add = levelOf(TokenType.PLUS, Op.ADD);
        add.put(TokenType.MINUS, Op.SUBTRACT);
        l.add(add);
        Map<TokenType, Op> mul = levelOf(TokenType.STAR, Op.MULTIPLY);
        mul.put(TokenType.SLASH, Op.DIVIDE);
        mul.put(TokenType.PERCENT, Op.MODULO);
        l.add(mul);
        return List.copyOf(l);
    }

    private static Map<TokenType, Op> levelOf(TokenType t, Op op) {
        Map<TokenType, Op> m = new EnumMap<>(TokenType.class);
        m.put(t, op);
        return m;
    }

    private Expr withTraversals() {
        Expr term = term();
        return traversals(term);
    }

    private Expr traversals(Expr from) {
        Expr ret = from;
        while (true) {
            Token next = peek();
            if (next.type() == TokenType.DOT) {
                Token dot = read();
                Token attr = peek();
                if (attr.type() == TokenType.IDENT) {
                    read();
                    Range rng = Range.between(dot.range(), attr.range());
                    ret = extend(ret, new Traverser.Attr(attr.text(), rng), rng);
                } else if (attr.type() == TokenType.NUMBER_LIT) {
                    Token num = read();
                    Range rng = Range.between(dot.range(), num.range());
                    int dotIdx = num.text().indexOf('.');
                    if (dotIdx >= 0) {
                        error("Invalid legacy index syntax", "When using the legacy index syntax, chaining two indexes together is not "
                                + "permitted. Use the proper index syntax instead, like [" + num.text().substring(0, dotIdx) + "]["
                                + num.text().substring(dotIdx + 1) + "].", num.range());
                        ret = extend(ret, new Traverser.IndexStep(Expr.Special.INVALID, rng), rng);
                    } else {
                        ret = extend(ret, new Traverser.IndexStep(number(num), rng), rng);
                    }
                } else if (attr.type() == TokenType.STAR) {
                    Token marker = read();
                    List<Traverser> trav = new ArrayList<>();
                    Range firstRange = peek().range();
                    Range lastRange = marker.range();
                    boolean broken = false;
                    while (peek().type() == TokenType.DOT) {
                        Token d = read();
                        if (peek().type() == TokenType.NUMBER_LIT) {
                            Token num = read();
                            if (num.text().indexOf('.') >= 0) {
                                int di = num.text().indexOf('.');
                                error("Invalid legacy index syntax", "When using the legacy index syntax, chaining two indexes together is not "
                                        + "permitted. Use the proper index syntax with a full splat expression [*] instead, like ["
                                        + num.text().substring(0, di) + "][" + num.text().substring(di + 1) + "].", attr.range());
                                trav.add(new Traverser.IndexStep(Expr.Special.INVALID, Range.between(d.range(), num.range())));
                            } else {
                                trav.add(new Traverser.IndexStep(number(num), Range.between(d.range(), num.range())));
                            }
                            lastRange = num.range();
                            continue;
                        }
                        if (peek().type() != TokenType.IDENT) {
                            if (!recovery) {
                                if (peek().type() == TokenType.STAR) {
                                    error("Nested splat expression not allowed", "A splat expression (*) cannot be used inside another "
                                            + "attribute-only splat expression.", peek().range());
                                } else {
                                    error("Invalid attribute name", "An attribute name is required after a dot.", attr.range());
                                }
                            }
                            recovery = true;
                            broken = true;
                            break;
                        }
                        Token a = read();
                        trav.add(new Traverser.Attr(a.text(), Range.between(d.range(), a.range())));
                        lastRange = a.range();
                    }
                    Expr.AnonSymbol item = new Expr.AnonSymbol(Range.between(dot.range(), marker.range()));
                    Expr each = trav.isEmpty() ? item : new Expr.RelativeTraversal(item, List.copyOf(trav), Range.between(firstRange, lastRange));
                    ret = new Expr.Splat(ret, each, item, Range.between(from.range(), lastRange));
                    if (broken) {
                        continue;
                    }
                } else {
                    error("Invalid attribute name", "An attribute name is required after a dot.", attr.range());
                    ret = new Expr.Literal(Expr.Special.INVALID, Range.between(from.range(), dot.range()));
                    recovery = true;
                }
            } else if (next.type() == TokenType.OBRACK) {
                Token open = read();
                if (peek().type() == TokenType.STAR) {
                    read();
                    Token close = read();
                    if (close.type() != TokenType.CBRACK && !recovery) {
                        error("Missing close bracket on splat index", "The star for a full splat operator must be immediately followed by a "
                                + "closing bracket (\"]\").", close.range());
                        close = recover(TokenType.CBRACK);
                    }
                    Expr.AnonSymbol item = new Expr.AnonSymbol(Range.between(open.range(), close.range()));
                    Expr each = traversals(item);
                    ret = new Expr.Splat(ret, each, item, Range.between(from.range(), each.range()));
                } else {
                    pushNewlines(false);
                    int before = diags.size();
                    Expr key = expression();
                    Token close;
                    if (recovery && diags.size() > before) {
                        close = recover(TokenType.CBRACK);
                    } else {
                        close = read();
                        if (close.type() != TokenType.CBRACK && !recovery) {
                            error("Missing close bracket on index", "The index operator must end with a closing bracket (\"]\").", close.range());
                            close = recover(TokenType.CBRACK);
                        }
                    }
                    popNewlines();
                    Range rng = Range.between(open.range(), close.range());
                    if (key instanceof Expr.Literal lit) {
                        ret = extend(ret, new Traverser.IndexStep(lit.value(), rng), rng);
                    } else if (key instanceof Expr.Template t && t.isStringLiteral()) {
                        ret = extend(ret, new Traverser.IndexStep(((Expr.Literal) t.parts().get(0)).value(), rng), rng);
                    } else {
                        ret = new Expr.Index(ret, key, Range.between(from.range(), rng));
                    }
                }
            } else {
                return ret;
            }
        }
    }

    private static Expr extend(Expr e, Traverser step, Range rng) {
        if (e instanceof Expr.ScopeTraversal st) {
            List<Traverser> l = new ArrayList<>(st.traversal());
            l.add(step);
            return new Expr.ScopeTraversal(List.copyOf(l), Range.between(st.range(), rng));
        }
        if (e instanceof Expr.RelativeTraversal rt) {
            List<Traverser> l = new ArrayList<>(rt.traversal());
            l.add(step);
            return new Expr.RelativeTraversal(rt.source(), List.copyOf(l), Range.between(rt.range(), rng));
        }
        return new Expr.RelativeTraversal(e, List.of(step), Range.between(e.range(), rng));
    }

    private Object number(Token t) {
        try {
            return new BigDecimal(t.text());
        } catch (NumberFormatException e) {
            error("Invalid number literal", "Failed to recognize the value of this number literal.", t.range());
            return Expr.Special.INVALID;
        }
    }

    private Expr term() {
        Token start = peek();
        switch (start.type()) {
            case OPAREN: {
                Token open = read();
                pushNewlines(false);
                int before = diags.size();
                Expr e = expression();
                if (diags.size() > before) {
                    recover(TokenType.CPAREN);
                    popNewlines();
                    return e;
                }
                Token close = peek();
                if (close.type() != TokenType.CPAREN) {
                    error("Unbalanced parentheses", "Expected a closing parenthesis to terminate the expression.", close.range());
                    recovery = true;
                }
                Token cparen = read();
                popNewlines();
                return new Expr.Parens(e, Range.between(open.range(), cparen.range()));
            }
            case NUMBER_LIT: {
                Token t = read();
                return new Expr.Literal(number(t), t.range());
            }
            case IDENT: {
                Token t = read();
                TokenType nt = peek().type();
                if (nt == TokenType.OPAREN || nt == TokenType.DOUBLE_COLON) {
                    return functionCall(t);
                }
                return switch (t.text()) {
                    case "true" -> new Expr.Literal(Boolean.TRUE, t.range());
                    case "false" -> new Expr.Literal(Boolean.FALSE, t.range());
                    case "null" -> new Expr.Literal(Expr.Special.NULL, t.range());
                    default -> new Expr.ScopeTraversal(List.of(new Traverser.Root(t.text(), t.range())), t.range());
                };
            }
            case OQUOTE:
            case OHEREDOC: {
                Token open = read();
                boolean flush = open.type() == TokenType.OHEREDOC && open.text().startsWith("<<-");
                Object[] t = templateInner(opposite(open.type()), flush);
                @SuppressWarnings("unchecked")
                List<Expr> exprs = (List<Expr>) t[0];
                boolean passthru = (Boolean) t[1];
                Range closeRange = prevRange();
                Range r = Range.between(open.range(), closeRange);
                if (passthru) {
                    return new Expr.TemplateWrap(exprs.get(0), r);
                }
                return new Expr.Template(List.copyOf(exprs), r);
            }
            case MINUS: {
                Token t = read();
                Expr operand = withTraversals();
                return new Expr.UnaryOp(Op.NEGATE, operand, Range.between(t.range(), operand.range()));
            }
            case BANG: {
                Token t = read();
                Expr operand = withTraversals();
                return new Expr.UnaryOp(Op.NOT, operand, Range.between(t.range(), operand.range()));
            }
            case OBRACK:
                return tuple();
            case OBRACE:
                return object();
            default: {
                if (!recovery) {
                    if (start.type() == TokenType.EOF) {
                        error("Missing expression", "Expected the start of an expression, but found the end of the file.", start.range());
                    } else {
                        error("Invalid expression", "Expected the start of an expression, but found an invalid expression token.", start.range());
                    }
                }
                recovery = true;
                return new Expr.Literal(Expr.Special.INVALID, start.range());
            }
        }
    }

    private Expr functionCall(Token name) {
        Token open = read();
        String nameStr = name.text();
        Pos nameEnd = name.range().end();
        while (open.type() == TokenType.DOUBLE_COLON) {
            Token next = read();
            if (next.type() != TokenType.IDENT) {
                error("Missing function name", "Function scope resolution symbol :: must be followed by a function name in this scope.",
                        next.range());
                recoverOver(TokenType.OPAREN);
                return new Expr.Literal(Expr.Special.INVALID, Range.between(name.range(), next.range()));
            }
            nameStr = nameStr + "::" + next.text();
            nameEnd = next.range().end();
            open = read();
        }
        Range nameRange = new Range(file, name.range().start(), nameEnd);
        if (open.type() != TokenType.OPAREN) {
            error("Missing open parenthesis", "Function selector must be followed by an open parenthesis to begin the function call.",
                    open.range());
            recoverOver(TokenType.OPAREN);
            return new Expr.Literal(Expr.Special.INVALID, Range.between(name.range(), open.range()));
        }
        List<Expr> args = new ArrayList<>();
        boolean expandFinal = false;
        Token close = open;
        pushNewlines(false);
        while (true) {
            Token t = peek();
            if (t.type() == TokenType.CPAREN) {
                close = read();
                break;
            }
            int before = diags.size();
            Expr arg = expression();
            args.add(arg);
            if (recovery && diags.size() > before) {
                Token r = recover(TokenType.CPAREN);
                if (r.type() == TokenType.CPAREN) {
                    close = r;
                }
                break;
            }
            Token sep = read();
            if (sep.type() == TokenType.CPAREN) {
                close = sep;
                break;
            }
            if (sep.type() == TokenType.ELLIPSIS) {
                expandFinal = true;
                if (peek().type() != TokenType.CPAREN) {
                    if (!recovery) {
                        error("Missing closing parenthesis", "An expanded function argument (with ...) must be immediately followed by "
                                + "closing parentheses.", sep.range());
                    }
                    close = recover(TokenType.CPAREN);
                } else {
                    close = read();
                }
                break;
            }
            if (sep.type() != TokenType.COMMA) {
                if (sep.type() == TokenType.EOF) {
                    error("Unterminated function call", "There is no closing parenthesis for this function call before the end of the file. "
                            + "This may be caused by incorrect parenthesis nesting elsewhere in this file.", Range.between(name.range(), open.range()));
                } else {
                    error("Missing argument separator", "A comma is required to separate each function argument from the next.", sep.range());
                }
                close = recover(TokenType.CPAREN);
                break;
            }
            if (peek().type() == TokenType.CPAREN) {
                close = read();
                break;
            }
        }
        popNewlines();
        return new Expr.FunctionCall(nameStr, List.copyOf(args), expandFinal, nameRange, Range.between(name.range(), close.range()));
    }

    private boolean isKeyword(Token t, String kw) {
        return t.type() == TokenType.IDENT && t.text().equals(kw);
    }

    private Expr tuple() {
        Token open = read();
        pushNewlines(false);
        try {
            if (isKeyword(peek(), "for")) {
                return forExpr(open);
            }
            List<Expr> exprs = new ArrayList<>();
            Token close;
            while (true) {
                Token next = peek();
                if (next.type() == TokenType.CBRACK) {
                    close = read();
                    break;
                }
                int before = diags.size();
                Expr e = expression();
                exprs.add(e);
                if (recovery && diags.size() > before) {
                    close = recover(TokenType.CBRACK);
                    break;
                }
                next = peek();
                if (next.type() == TokenType.CBRACK) {
                    close = read();
                    break;
                }
                if (next.type() != TokenType.COMMA) {
                    if (!recovery) {
                        if (next.type() == TokenType.EOF) {
                            error("Unterminated tuple constructor expression", "There is no corresponding closing bracket before the end of the "
                                    + "file. This may be caused by incorrect bracket nesting elsewhere in this file.", open.range());
                        } else {
                            error("Missing item separator", "Expected a comma to mark the beginning of the next item.", next.range());
                        }
                    }
                    close = recover(TokenType.CBRACK);
                    break;
                }
                read();
            }
            return new Expr.Tuple(List.copyOf(exprs), Range.between(open.range(), close.range()));
        } finally {
            popNewlines();
        }
    }

    private Expr object() {
        Token open = read();
        pushNewlines(false);
        boolean isFor = isKeyword(peek(), "for");
        popNewlines();
        if (isFor) {
            pushNewlines(false);
            try {
                return forExpr(open);
            } finally {
                popNewlines();
            }
        }
        pushNewlines(true);
        try {
            List<Expr.Item> items = new ArrayList<>();
            Token close;
            while (true) {
                Token next = peek();
                if (next.type() == TokenType.NEWLINE) {
                    read();
                    continue;
                }
                if (next.type() == TokenType.CBRACE) {
                    close = read();
                    break;
                }
                boolean forceNonLiteral = peek().type() == TokenType.OPAREN;
                int before = diags.size();
                Expr keyExpr = expression();
                if (recovery && diags.size() > before) {
                    close = recover(TokenType.CBRACE);
                    break;
                }
                Expr.ObjectKey key = new Expr.ObjectKey(keyExpr, forceNonLiteral, keyExpr.range());
                next = peek();
                if (next.type() != TokenType.EQUAL && next.type() != TokenType.COLON) {
                    if (!recovery) {
                        switch (next.type()) {
                            case NEWLINE, COMMA -> error("Missing attribute value", "Expected an attribute value, introduced by an equals sign (\"=\").",
                                    next.range());
                            case IDENT -> error("Missing key/value separator", "Expected an equals sign (\"=\") to mark the beginning of the "
                                    + "attribute value. If you intended to given an attribute name containing periods or spaces, write the name "
                                    + "in quotes to create a string literal.", next.range());
                            case EOF -> error("Unterminated object constructor expression", "There is no corresponding closing brace before the "
                                    + "end of the file. This may be caused by incorrect brace nesting elsewhere in this file.", open.range());
                            default -> error("Missing key/value separator", "Expected an equals sign (\"=\") to mark the beginning of the "
                                    + "attribute value.", next.range());
                        }
                    }
                    close = recover(TokenType.CBRACE);
                    break;
                }
                read();
                before = diags.size();
                Expr value = expression();
                if (recovery && diags.size() > before) {
                    close = recover(TokenType.CBRACE);
                    break;
                }
                items.add(new Expr.Item(key, value));
                next = peek();
                if (next.type() == TokenType.CBRACE) {
                    close = read();
                    break;
                }
                if (next.type() != TokenType.COMMA && next.type() != TokenType.NEWLINE) {
                    if (!recovery) {
                        if (next.type() == TokenType.EOF) {
                            error("Unterminated object constructor expression", "There is no corresponding closing brace before the end of the "
                                    + "file. This may be caused by incorrect brace nesting elsewhere in this file.", open.range());
                        } else {
                            error("Missing attribute separator", "Expected a newline or comma to mark the beginning of the next attribute.",
                                    next.range());
                        }
                    }
                    close = recover(TokenType.CBRACE);
                    break;
                }
                read();
            }
            return new Expr.ObjectCons(List.copyOf(items), Range.between(open.range(), close.range()));
        } finally {
            popNewlines();
        }
    }

    private Expr forExpr(Token open) {
        pushNewlines(false);
        try {
            read(); // "for"
            boolean makeObj = open.type() == TokenType.OBRACE;
            TokenType closeType = makeObj ? TokenType.CBRACE : TokenType.CBRACK;
            if (peek().type() != TokenType.IDENT) {
                if (!recovery) {
                    error("Invalid 'for' expression", "For expression requires variable name after 'for'.", peek().range());
                }
                Token c = recover(closeType);
                return new Expr.Literal(Expr.Special.INVALID, Range.between(open.range(), c.range()));
            }
            String keyName = null;
            String valName = read().text();
            if (peek().type() == TokenType.COMMA) {
                keyName = valName;
                read();
                if (peek().type() != TokenType.IDENT) {
                    if (!recovery) {
                        error("Invalid 'for' expression", "For expression requires value variable name after comma.", peek().range());
                    }
                    Token c = recover(closeType);
                    return new Expr.Literal(Expr.Special.INVALID, Range.between(open.range(), c.range()));
                }
                valName = read().text();
            }
            if (!isKeyword(peek(), "in")) {
                if (!recovery) {
                    error("Invalid 'for' expression", "For expression requires the 'in' keyword after its name declarations.", peek().range());
                }
                Token c = recover(closeType);
                return new Expr.Literal(Expr.Special.INVALID, Range.between(open.range(), c.range()));
            }
            read();
            int before = diags.size();
            Expr coll = expression();
            if (recovery && diags.size() > before) {
                Token c = recover(closeType);
                return new Expr.Literal(Expr.Special.INVALID, Range.between(open.range(), c.range()));
            }
            if (peek().type() != TokenType.COLON) {
                if (!recovery) {
                    error("Invalid 'for' expression", "For expression requires a colon after the collection expression.", peek().range());
                }
                Token c = recover(closeType);
                return new Expr.Literal(Expr.Special.INVALID, Range.between(open.range(), c.range()));
            }
            read();
            before = diags.size();
            Expr keyExpr = null;
            Expr valExpr = expression();
            if (peek().type() == TokenType.FAT_ARROW) {
                read();
                keyExpr = valExpr;
                valExpr = expression();
            }
            if (recovery && diags.size() > before) {
                Token c = recover(closeType);
                return new Expr.Literal(Expr.Special.INVALID, Range.between(open.range(), c.range()));
            }
            boolean group = false;
            Token ellipsis = null;
            if (peek().type() == TokenType.ELLIPSIS) {
                ellipsis = read();
                group = true;
            }
            Expr cond = null;
            if (isKeyword(peek(), "if")) {
                read();
                before = diags.size();
                cond = expression();
                if (recovery && diags.size() > before) {
                    Token c = recover(closeType);
                    return new Expr.Literal(Expr.Special.INVALID, Range.between(open.range(), c.range()));
                }
            }
            Token close;
            if (peek().type() == closeType) {
                close = read();
            } else {
                if (!recovery) {
                    error("Invalid 'for' expression", "Extra characters after the end of the 'for' expression.", peek().range());
                }
                close = recover(closeType);
            }
            if (!makeObj) {
                if (keyExpr != null) {
                    error("Invalid 'for' expression", "Key expression is not valid when building a tuple.", keyExpr.range());
                }
                if (group) {
                    error("Invalid 'for' expression", "Grouping ellipsis (...) cannot be used when building a tuple.", ellipsis.range());
                }
            } else if (keyExpr == null) {
                error("Invalid 'for' expression", "Key expression is required when building an object.", valExpr.range());
            }
            return new Expr.For(keyName, valName, coll, keyExpr, valExpr, cond, group, Range.between(open.range(), close.range()));
        } finally {
            popNewlines();
        }
    }

    /** Parses a quoted string with no interpolation (block labels); returns {value, range}. */
    private Object[] quotedStringLiteral() {
        Token open = read();
        StringBuilder b = new StringBuilder();
        Range endRange;
        while (true) {
            Token t = read();
            if (t.type() == TokenType.CQUOTE) {
                endRange = t.range();
                break;
            }
            if (t.type() == TokenType.QUOTED_LIT) {
                b.append(unescape(t, true, false));
                continue;
            }
            if (t.type() == TokenType.TEMPLATE_INTERP || t.type() == TokenType.TEMPLATE_CONTROL) {
                String which = t.type() == TokenType.TEMPLATE_CONTROL ? "%" : "$";
                error("Invalid string literal", "Template sequences are not allowed in this string. To include a literal \"" + which
                        + "\", double it (as \"" + which + which + "\") to escape it.", t.range());
                b.append(which).append("{ ... }");
                recover(TokenType.TEMPLATE_SEQ_END);
                continue;
            }
            if (t.type() == TokenType.EOF) {
                error("Unterminated string literal", "Unable to find the closing quote mark before the end of the file.", t.range());
                endRange = t.range();
                break;
            }
            error("Invalid string literal", "This item is not valid in a string literal.", t.range());
            recover(TokenType.CQUOTE);
            endRange = t.range();
            break;
        }
        // labels keep their characters as written; only string values are normalised (to NFC)
        return new Object[] {b.toString(), Range.between(open.range(), endRange)};
    }

    // ------------------------------------------------------------------ templates

    /** A flat template part before directives are nested. */
    private sealed interface Part permits Lit, Interp, IfOpen, ForOpen, EndCtrl, End {
        Range range();
    }

    private static final class Lit implements Part {
        String value;
        Range range;

        Lit(String value, Range range) {
            this.value = value;
            this.range = range;
        }

        @Override
        public Range range() {
            return range;
        }
    }

    private record Interp(Expr expr, Range range) implements Part {}

    private record IfOpen(Expr cond, Range range) implements Part {}

    private record ForOpen(String keyVar, String valVar, Expr coll, Range range) implements Part {}

    private record EndCtrl(String kind, Range range) implements Part {}

    private record End(Range range) implements Part {}

    /** Returns {expressions, passthru}. */
    private Object[] templateInner(TokenType end, boolean flush) {
        List<Part> parts = templateParts(end);
        if (flush) {
            flushHeredoc(parts);
        }
        meld(parts);
        List<Expr> exprs = new ArrayList<>();
        int[] at = {0};
        while (!(parts.get(at[0]) instanceof End)) {
            exprs.add(templateExpr(parts, at));
        }
        boolean passthru = parts.size() == 2 && parts.get(0) instanceof Interp;
        return new Object[] {exprs, passthru};
    }

    private List<Part> templateParts(TokenType end) {
        List<Part> parts = new ArrayList<>();
        Range startRange = peek().range();
        boolean ltrimNext = false;
        boolean nextCanTrimPrev = false;
        Range endRange;
        pushNewlines(true);
        try {
            while (true) {
                Token next = read();
                if (next.type() == end) {
                    endRange = next.range();
                    break;
                }
                boolean ltrim = ltrimNext;
                ltrimNext = false;
                boolean canTrimPrev = nextCanTrimPrev;
                nextCanTrimPrev = false;
                switch (next.type()) {
                    case STRING_LIT, QUOTED_LIT -> {
                        String s = unescape(next, next.type() == TokenType.QUOTED_LIT, true);
                        if (ltrim) {
                            s = stripLeading(s);
                        }
                        parts.add(new Lit(s, next.range()));
                        nextCanTrimPrev = true;
                    }
                    case TEMPLATE_INTERP -> {
                        if (canTrimPrev && next.text().length() == 3 && !parts.isEmpty() && parts.get(parts.size() - 1) instanceof Lit l) {
                            l.value = stripTrailing(l.value);
                        }
                        pushNewlines(false);
                        Expr expr = expression();
                        Token close = peek();
                        if (close.type() != TokenType.TEMPLATE_SEQ_END) {
                            if (!recovery) {
                                if (close.type() == TokenType.EOF) {
                                    error("Unclosed template interpolation sequence", "There is no closing brace for this interpolation "
                                            + "sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.",
                                            startRange);
                                } else if (close.type() == TokenType.COLON) {
                                    error("Extra characters after interpolation expression", "Template interpolation doesn't expect a colon at "
                                            + "this location. Did you intend this to be a literal sequence to be processed as part of another "
                                            + "language? If so, you can escape it by starting with \"$${\" instead of just \"${\".", close.range());
                                } else {
                                    error("Extra characters after interpolation expression", "Expected a closing brace to end the interpolation "
                                            + "expression, but found extra characters.", close.range());
                                }
                            }
                            recover(TokenType.TEMPLATE_SEQ_END);
                        } else {
                            read();
                            if (close.text().length() == 2 && close.text().charAt(0) == '~') {
                                ltrimNext = true;
                            }
                        }
                        popNewlines();
                        parts.add(new Interp(expr, Range.between(next.range(), close.range())));
                    }
                    case TEMPLATE_CONTROL -> {
                        if (canTrimPrev && next.text().length() == 3 && !parts.isEmpty() && parts.get(parts.size() - 1) instanceof Lit l) {
                            l.value = stripTrailing(l.value);
                        }
                        pushNewlines(false);
                        Token kw = peek();
                        if (kw.type() != TokenType.IDENT) {
                            if (!recovery) {
                                error("Invalid template directive", "A template directive keyword (\"if\", \"for\", etc) is expected at the "
                                        + "beginning of a %{ sequence.", kw.range());
                            }
                            recover(TokenType.TEMPLATE_SEQ_END);
                            popNewlines();
                            continue;
                        }
                        read();
                        switch (kw.text()) {
                            case "if" -> {
                                Expr cond = expression();
                                parts.add(new IfOpen(cond, Range.between(next.range(), peek().range())));
                            }
                            case "else", "endif", "endfor" -> parts.add(new EndCtrl(kw.text(), Range.between(next.range(), peek().range())));
                            case "for" -> {
                                if (peek().type() != TokenType.IDENT) {
                                    if (!recovery) {
                                        error("Invalid 'for' directive", "For directive requires variable name after 'for'.", peek().range());
                                    }
                                    recover(TokenType.TEMPLATE_SEQ_END);
                                    popNewlines();
                                    continue;
                                }
                                String keyName = null;
                                String valName = read().text();
                                if (peek().type() == TokenType.COMMA) {
                                    keyName = valName;
                                    read();
                                    if (peek().type() != TokenType.IDENT) {
                                        if (!recovery) {
                                            error("Invalid 'for' directive", "For directive requires value variable name after comma.", peek().range());
                                        }
                                        recover(TokenType.TEMPLATE_SEQ_END);
                                        popNewlines();
                                        continue;
                                    }
                                    valName = read().text();
                                }
                                if (!isKeyword(peek(), "in")) {
                                    if (!recovery) {
                                        error("Invalid 'for' directive", "For directive requires 'in' keyword after names.", peek().range());
                                    }
                                    recover(TokenType.TEMPLATE_SEQ_END);
                                    popNewlines();
                                    continue;
                                }
                                read();
                                Expr coll = expression();
                                parts.add(new ForOpen(keyName, valName, coll, Range.between(next.range(), peek().range())));
                            }
                            default -> {
                                if (!recovery) {
                                    error("Invalid template control keyword", "\"" + kw.text() + "\" is not a valid template control keyword."
                                            + dev.cloudwright.core.Text.nearest(kw.text(), List.of("if", "for", "else", "endif", "endfor"))
                                                    .map(s -> " Did you mean \"" + s + "\"?").orElse(""), kw.range());
                                }
                                recover(TokenType.TEMPLATE_SEQ_END);
                                popNewlines();
                                continue;
                            }
                        }
                        Token close = peek();
                        if (close.type() != TokenType.TEMPLATE_SEQ_END) {
                            if (!recovery) {
                                error("Extra characters in " + kw.text() + " marker", "Expected a closing brace to end the sequence, but found "
                                        + "extra characters.", close.range());
                            }
                            recover(TokenType.TEMPLATE_SEQ_END);
                        } else {
                            read();
                            if (close.text().length() == 2 && close.text().charAt(0) == '~') {
                                ltrimNext = true;
                            }
                        }
                        popNewlines();
                    }
                    default -> {
                        if (!recovery) {
                            error("Unterminated template string", "No closing marker was found for the string.", next.range());
                        }
                        Token fin = next.type() == TokenType.EOF ? next : recover(end);
                        endRange = fin.range();
                        if (parts.isEmpty()) {
                            parts.add(new Lit("", startRange.startPoint()));
                        }
                        parts.add(new End(endRange));
                        return parts;
                    }
                }
            }
        } finally {
            popNewlines();
        }
        if (parts.isEmpty()) {
            parts.add(new Lit("", new Range(file, startRange.start(), startRange.start())));
        }
        parts.add(new End(endRange));
        return parts;
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    private static String stripTrailing(String s) {
        int i = s.length();
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(0, i);
    }

    /** {@code <<-} heredocs: remove the smallest leading-space count from every line. */
    private static void flushHeredoc(List<Part> parts) {
        int min = Integer.MAX_VALUE;
        boolean newline = true;
        List<Lit> adjust = new ArrayList<>();
        for (Part p : parts) {
            if (newline) {
                newline = false;
                int spaces = 0;
                if (p instanceof Lit lit) {
                    String trimmed = stripLeading(lit.value);
                    if (trimmed.isEmpty() && lit.value.endsWith("\n")) {
                        spaces = Integer.MAX_VALUE;
                    } else {
                        spaces = lit.value.codePointCount(0, lit.value.length() - trimmed.length());
                        adjust.add(lit);
                    }
                } else if (p instanceof End) {
                    break;
                }
                min = Math.min(min, spaces);
            }
            if (p instanceof Lit lit && lit.value.endsWith("\n")) {
                newline = true;
            }
        }
        for (Lit lit : adjust) {
            int cut = lit.value.offsetByCodePoints(0, Math.min(min, lit.value.codePointCount(0, lit.value.length())));
            lit.value = lit.value.substring(cut);
        }
    }

    private static void meld(List<Part> parts) {
        int i = 1;
        while (i < parts.size()) {
            if (parts.get(i - 1) instanceof Lit prev && parts.get(i) instanceof Lit cur) {
                prev.value = prev.value + cur.value;
                prev.range = Range.between(prev.range, cur.range);
                parts.remove(i);
                continue;
            }
            i++;
        }
    }

    private Expr templateExpr(List<Part> parts, int[] at) {
        Part p = parts.get(at[0]);
        if (p instanceof Lit lit) {
            at[0]++;
            return new Expr.Literal(lit.value, lit.range);
        }
        if (p instanceof Interp in) {
            at[0]++;
            return in.expr();
        }
        if (p instanceof IfOpen open) {
            at[0]++;
            List<Expr> ifExprs = new ArrayList<>();
            List<Expr> elseExprs = new ArrayList<>();
            List<Expr> current = ifExprs;
            Range endif;
            while (true) {
                Part next = parts.get(at[0]);
                if (next instanceof End e) {
                    error("Unexpected end of template", "The if directive at " + open.range() + " is missing its corresponding endif directive.",
                            e.range());
                    return new Expr.Literal(Expr.Special.INVALID, e.range());
                }
                if (next instanceof EndCtrl ec) {
                    at[0]++;
                    if (ec.kind().equals("else")) {
                        if (current == ifExprs) {
                            current = elseExprs;
                            continue;
                        }
                        error("Unexpected else directive", "Already in the else clause for the if started at " + open.range() + ".", ec.range());
                    } else if (ec.kind().equals("endif")) {
                        endif = ec.range();
                        break;
                    } else {
                        error("Unexpected " + ec.kind() + " directive", "Expecting an endif directive for the if started at " + open.range() + ".",
                                ec.range());
                    }
                    return new Expr.Literal(Expr.Special.INVALID, ec.range());
                }
                current.add(templateExpr(parts, at));
            }
            if (ifExprs.isEmpty()) {
                ifExprs.add(new Expr.Literal("", open.range().endPoint()));
            }
            if (elseExprs.isEmpty()) {
                elseExprs.add(new Expr.Literal("", endif.startPoint()));
            }
            Expr t = new Expr.Template(List.copyOf(ifExprs), Range.between(ifExprs.get(0).range(), ifExprs.get(ifExprs.size() - 1).range()));
            Expr f = new Expr.Template(List.copyOf(elseExprs), Range.between(elseExprs.get(0).range(), elseExprs.get(elseExprs.size() - 1).range()));
            return new Expr.Conditional(open.cond(), t, f, Range.between(open.range(), endif));
        }
        if (p instanceof ForOpen open) {
            at[0]++;
            List<Expr> content = new ArrayList<>();
            Range endfor;
            while (true) {
                Part next = parts.get(at[0]);
                if (next instanceof End e) {
                    error("Unexpected end of template", "The for directive at " + open.range() + " is missing its corresponding endfor directive.",
                            e.range());
                    return new Expr.Literal(Expr.Special.INVALID, e.range());
                }
                if (next instanceof EndCtrl ec) {
                    at[0]++;
                    if (ec.kind().equals("endfor")) {
                        endfor = ec.range();
                        break;
                    }
                    if (ec.kind().equals("else")) {
                        error("Unexpected else directive", "An else clause is not expected for a for directive.", ec.range());
                    } else {
                        error("Unexpected " + ec.kind() + " directive", "Expecting an endfor directive corresponding to the for directive at "
                                + open.range() + ".", ec.range());
                    }
                    return new Expr.Literal(Expr.Special.INVALID, ec.range());
                }
                content.add(templateExpr(parts, at));
            }
            if (content.isEmpty()) {
                content.add(new Expr.Literal("", open.range().endPoint()));
            }
            Expr body = new Expr.Template(List.copyOf(content), Range.between(content.get(0).range(), content.get(content.size() - 1).range()));
            Range r = Range.between(open.range(), endfor);
            Expr.For f = new Expr.For(open.keyVar(), open.valVar(), open.coll(), null, body, null, false, r);
            return new Expr.TemplateJoin(f, r);
        }
        if (p instanceof EndCtrl ec) {
            at[0]++;
            error("Unexpected " + ec.kind() + " directive", "The control directives within this template are unbalanced.", ec.range());
            return new Expr.Literal(Expr.Special.INVALID, ec.range());
        }
        throw new IllegalStateException("unexpected template part " + p);
    }

    /** Resolves escapes in a string token; quoted strings take backslash escapes, both take $${ and %%{. */
    private String unescape(Token t, boolean quoted, boolean normalise) {
        String s = t.text();
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted && c == '\\') {
                if (i + 1 >= s.length()) {
                    error("Invalid escape sequence", "Backslash must be followed by an escape sequence selector character.", t.range());
                    break;
                }
                char e = s.charAt(i + 1);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case '"' -> b.append('"');
                    case '\\' -> b.append('\\');
                    case 'u', 'U' -> {
                        int len = e == 'u' ? 4 : 8;
                        int j = i + 2;
                        int k = j;
                        while (k < s.length() && k < j + len && Character.digit(s.charAt(k), 16) >= 0) {
                            k++;
                        }
                        if (k - j != len) {
                            error("Invalid escape sequence", "The \\" + e + " escape sequence must be followed by " + (len == 4 ? "four" : "eight")
                                    + " hexadecimal digits.", t.range());
                            b.append(s, i, k);
                            i = k;
                            continue;
                        }
                        int cp = Integer.parseUnsignedInt(s.substring(j, k), 16);
                        if (!Character.isValidCodePoint(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
                            error("Invalid escape sequence", String.format("Cannot encode character U+%04x in UTF-8.", cp), t.range());
                        } else {
                            b.appendCodePoint(cp);
                        }
                        i = k;
                        continue;
                    }
                    default -> {
                        error("Invalid escape sequence", "The symbol \"" + e + "\" is not a valid escape sequence selector.", t.range());
                        b.append(e);
                    }
                }
                i += 2;
                continue;
            }
            if ((c == '$' || c == '%') && i + 2 < s.length() && s.charAt(i + 1) == c && s.charAt(i + 2) == '{') {
                b.append(c).append('{');
                i += 3;
                continue;
            }
            b.append(c);
            i++;
        }
        return normalise ? Normalizer.normalize(b.toString(), Normalizer.Form.NFC) : b.toString();
    }
}
