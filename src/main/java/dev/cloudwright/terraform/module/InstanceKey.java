package dev.cloudwright.terraform.module;

/**
 * The key of one instance of a resource or module: none (a single instance), a {@code count} index,
 * a {@code for_each} key, or unknown when the count or keys cannot be known offline.
 */
public sealed interface InstanceKey extends Comparable<InstanceKey> {

    record None() implements InstanceKey {}

    record Index(int index) implements InstanceKey {}

    record Key(String key) implements InstanceKey {}

    /** The instances depend on values not known offline; one representative instance stands for them. */
    record Unknown() implements InstanceKey {}

    InstanceKey NONE = new None();
    InstanceKey UNKNOWN = new Unknown();

    /** The key as written in an address: empty, {@code [0]}, {@code ["eu"]} or {@code [?]}. */
    default String suffix() {
        if (this instanceof Index i) {
            return "[" + i.index() + "]";
        }
        if (this instanceof Key k) {
            return "[" + quote(k.key()) + "]";
        }
        if (this instanceof Unknown) {
            return "[?]";
        }
        return "";
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    @Override
    default int compareTo(InstanceKey o) {
        int ra = rank(this);
        int rb = rank(o);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        if (this instanceof Index a && o instanceof Index b) {
            return Integer.compare(a.index(), b.index());
        }
        if (this instanceof Key a && o instanceof Key b) {
            return a.key().compareTo(b.key());
        }
        return 0;
    }

    private static int rank(InstanceKey k) {
        return k instanceof None ? 0 : k instanceof Index ? 1 : k instanceof Key ? 2 : 3;
    }
}
