package dev.cloudwright.terraform.hcl;

/** A lexical token: its kind, its exact source text and where it is. */
public record Token(TokenType type, String text, Range range) {}
