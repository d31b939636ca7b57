package dev.cloudwright.review;

import dev.cloudwright.core.SourcePosition;

/**
 * A resource that does not match the pinned provider schema, as the reader found it: {@code kind} is what is wrong
 * ({@code Unsupported argument}, {@code Removed argument}...), {@code resource} the resource's address.
 */
public record SchemaProblem(String kind, String resource, SourcePosition at, String message) {}
