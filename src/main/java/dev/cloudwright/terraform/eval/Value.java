package dev.cloudwright.terraform.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A Terraform value: a string, number, bool, null, a sequence (list, tuple or set), a mapping
 * (object or map), or Unknown. Unknown means the value cannot be known offline (a computed attribute,
 * a data source, {@code timestamp()}): it propagates through operations instead of being guessed.
 */
public sealed interface Value {

    /** Sequence flavours. Sets are kept deduplicated and sorted. */
    enum SeqKind { TUPLE, LIST, SET }

    /** Mapping flavours. Keys are kept sorted, as Terraform iterates them. */
    enum MapKind { OBJECT, MAP }

    record Str(String value) implements Value {}

    /** A number, normalised so that equal numbers are equal records (1.0 equals 1). */
    record Num(BigDecimal value) implements Value {
        public Num {
            value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        }
    }

    record Bool(boolean value) implements Value {}

    record Null() implements Value {}

    record Seq(List<Value> items, SeqKind kind) implements Value {
        public Seq {
            items = Collections.unmodifiableList(new ArrayList<>(items));
        }
    }

    /**
     * An object or map. {@code unknownRest}, when not null, makes the object open: attributes it does
     * not list exist but are not known offline, for that reason (a resource's computed attributes);
     * {@code {attr}} in the reason stands for the attribute's name.
     */
    record Obj(SortedMap<String, Value> attrs, MapKind kind, String unknownRest, String restOrigin) implements Value {
        public Obj {
            attrs = Collections.unmodifiableSortedMap(new TreeMap<>(attrs));
        }

        public Obj(SortedMap<String, Value> attrs, MapKind kind) {
            this(attrs, kind, null, null);
        }

        public Value get(String key) {
            return attrs.get(key);
        }

        /** The attribute, or for an open object an Unknown for one it does not list; null if there is none. */
        public Value attribute(String key) {
            Value v = attrs.get(key);
            return v == null && unknownRest != null ? new Unknown(unknownRest.replace("{attr}", key), restOrigin) : v;
        }
    }

    /**
     * A value not known offline; {@code reason} says why (e.g. "aws_vpc.main.id is known only after
     * apply"), {@code origin} is the address of the resource it comes from, when it comes from one.
     */
    record Unknown(String reason, String origin, Encoded encoded) implements Value {
        public Unknown(String reason) {
            this(reason, null, null);
        }

        public Unknown(String reason, String origin) {
            this(reason, origin, null);
        }

        /** The same Unknown, remembering that it is the JSON encoding of {@code e}. */
        public Unknown encoding(Encoded e) {
            return new Unknown(reason, origin, e);
        }

        /** Equal to the Unknown Terraform has: what it encodes is a note for readers, not part of the value. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Unknown u && java.util.Objects.equals(reason, u.reason) && java.util.Objects.equals(origin, u.origin);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(reason, origin);
        }

        /** Whether this stands for an expression that failed (see {@link Value#invalid}). */
        public boolean isInvalid() {
            return reason != null && reason.startsWith(INVALID);
        }
    }

    /**
     * What is known of a string that is not known offline because it encodes a value with unknown parts as JSON
     * ({@code jsonencode}, a policy document): the value itself, its unknown parts included, and where its parts are
     * written ({@code at}: a path such as {@code .Statement[0]}, {@code ""} for the whole, to the range of the expression).
     * Terraform knows no more than the Unknown; readers of the configuration (a bucket policy's statements) use the rest.
     */
    record Encoded(Value value, Map<String, dev.cloudwright.terraform.hcl.Range> at) {
        public Encoded {
            at = Map.copyOf(at);
        }
    }

    /** How the reason of an {@link #invalid} value starts. */
    String INVALID = "invalid: ";

    /**
     * The value of an expression that failed, whose error is already reported: an Unknown that every
     * later use passes on (or leaves out) without a second message.
     */
    static Unknown invalid(String why) {
        return new Unknown(INVALID + why);
    }

    /** Whether any part of this value stands for an expression that failed. */
    default boolean hasInvalid() {
        for (Unknown u : unknowns()) {
            if (u.isInvalid()) {
                return true;
            }
        }
        return false;
    }

    Null NULL = new Null();
    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);

    static Str str(String s) {
        return new Str(s);
    }

    static Num num(long n) {
        return new Num(BigDecimal.valueOf(n));
    }

    static Num num(BigDecimal n) {
        return new Num(n);
    }

    static Bool bool(boolean b) {
        return b ? TRUE : FALSE;
    }

    static Unknown unknown(String reason) {
        return new Unknown(reason);
    }

    static Seq tuple(List<Value> items) {
        return new Seq(items, SeqKind.TUPLE);
    }

    static Seq list(List<Value> items) {
        return new Seq(items, SeqKind.LIST);
    }

    /** A set: duplicates removed; primitive elements sorted (strings lexically, numbers numerically). */
    static Seq set(List<Value> items) {
        List<Value> unique = new ArrayList<>(new LinkedHashSet<>(items));
        if (unique.stream().allMatch(v -> v instanceof Str)) {
            unique.sort((a, b) -> ((Str) a).value().compareTo(((Str) b).value()));
        } else if (unique.stream().allMatch(v -> v instanceof Num)) {
            unique.sort((a, b) -> ((Num) a).value().compareTo(((Num) b).value()));
        }
        return new Seq(unique, SeqKind.SET);
    }

    static Obj object(Map<String, Value> attrs) {
        return new Obj(new TreeMap<>(attrs), MapKind.OBJECT);
    }

    /** An open object: attributes not in {@code attrs} are Unknown for {@code reason}, coming from {@code origin}. */
    static Obj openObject(Map<String, Value> attrs, String reason, String origin) {
        return new Obj(new TreeMap<>(attrs), MapKind.OBJECT, reason, origin);
    }

    static Unknown unknown(String reason, String origin) {
        return new Unknown(reason, origin);
    }

    /** Every Unknown inside this value, in order. */
    default java.util.List<Unknown> unknowns() {
        java.util.List<Unknown> out = new ArrayList<>();
        collectUnknowns(this, out);
        return out;
    }

    private static void collectUnknowns(Value v, java.util.List<Unknown> out) {
        if (v instanceof Unknown u) {
            out.add(u);
        } else if (v instanceof Seq s) {
            for (Value i : s.items()) {
                collectUnknowns(i, out);
            }
        } else if (v instanceof Obj o) {
            for (Value i : o.attrs().values()) {
                collectUnknowns(i, out);
            }
        }
    }

    static Obj map(Map<String, Value> attrs) {
        return new Obj(new TreeMap<>(attrs), MapKind.MAP);
    }

    default boolean isKnown() {
        return !(this instanceof Unknown);
    }

    /** Known all the way down (no Unknown inside collections). */
    default boolean isWhollyKnown() {
        if (this instanceof Unknown) {
            return false;
        }
        if (this instanceof Seq s) {
            return s.items().stream().allMatch(Value::isWhollyKnown);
        }
        if (this instanceof Obj o) {
            return o.attrs().values().stream().allMatch(Value::isWhollyKnown);
        }
        return true;
    }

    /** The first Unknown inside this value (itself, or in a collection), or null when wholly known. */
    default Unknown firstUnknown() {
        if (this instanceof Unknown u) {
            return u;
        }
        if (this instanceof Seq s) {
            for (Value v : s.items()) {
                Unknown u = v.firstUnknown();
                if (u != null) {
                    return u;
                }
            }
        }
        if (this instanceof Obj o) {
            for (Value v : o.attrs().values()) {
                Unknown u = v.firstUnknown();
                if (u != null) {
                    return u;
                }
            }
        }
        return null;
    }

    default boolean isNull() {
        return this instanceof Null;
    }

    /** Terraform's name for the value's type, for messages. */
    default String typeName() {
        if (this instanceof Str) {
            return "string";
        }
        if (this instanceof Num) {
            return "number";
        }
        if (this instanceof Bool) {
            return "bool";
        }
        if (this instanceof Null) {
            return "null";
        }
        if (this instanceof Seq s) {
            return s.kind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (this instanceof Obj o) {
            return o.kind().name().toLowerCase(java.util.Locale.ROOT);
        }
        return "unknown";
    }
}
