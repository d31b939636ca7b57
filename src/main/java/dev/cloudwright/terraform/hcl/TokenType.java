package dev.cloudwright.terraform.hcl;

/** Token kinds of the HCL native syntax. */
public enum TokenType {
    OBRACE("{"), CBRACE("}"), OBRACK("["), CBRACK("]"), OPAREN("("), CPAREN(")"),
    OQUOTE("\""), CQUOTE("\""), OHEREDOC("<<"), CHEREDOC("heredoc end"),
    STAR("*"), SLASH("/"), PLUS("+"), MINUS("-"), PERCENT("%"),
    EQUAL("="), EQUAL_OP("=="), NOT_EQUAL("!="), LESS_THAN("<"), LESS_THAN_EQ("<="), GREATER_THAN(">"), GREATER_THAN_EQ(">="),
    AND("&&"), OR("||"), BANG("!"), DOT("."), COMMA(","), DOUBLE_COLON("::"), ELLIPSIS("..."), FAT_ARROW("=>"),
    QUESTION("?"), COLON(":"),
    TEMPLATE_INTERP("${"), TEMPLATE_CONTROL("%{"), TEMPLATE_SEQ_END("}"),
    QUOTED_LIT("string"), STRING_LIT("string"), NUMBER_LIT("number"), IDENT("identifier"),
    COMMENT("comment"), NEWLINE("newline"), EOF("end of file"),
    INVALID("invalid character"), BAD_UTF8("invalid UTF-8");

    private final String display;

    TokenType(String display) {
        this.display = display;
    }

    public String display() {
        return display;
    }
}
