package dev.cloudwright.model;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A name in the model's vocabulary of component settings, with the type of its values. All keys are
 * declared once, in {@link Keys}; a setting can only be stored under a declared key with a value of
 * its type. Label keys hold text for people (a description, a summary); no engine may branch on them.
 */
public final class Key<T> implements Comparable<Key<?>> {
    private final String name;
    private final Class<?> type;
    private final Class<?> element;
    private final boolean label;
    private final String doc;
    private final Function<Object, String> words;

    private Key(String name, Class<?> type, Class<?> element, boolean label, String doc, Function<Object, String> words) {
        this.name = name;
        this.type = type;
        this.element = element;
        this.label = label;
        this.doc = doc;
        this.words = words;
    }

    static Key<String> label(String name, String doc) {
        return new Key<>(name, String.class, null, true, doc, String::valueOf);
    }

    static Key<String> text(String name, String doc) {
        return new Key<>(name, String.class, null, false, doc, String::valueOf);
    }

    static Key<Boolean> flag(String name, String doc) {
        return new Key<>(name, Boolean.class, null, false, doc, v -> (Boolean) v ? "enabled" : "disabled");
    }

    static Key<Integer> integer(String name, String doc) {
        return new Key<>(name, Integer.class, null, false, doc, String::valueOf);
    }

    static Key<Double> number(String name, String doc) {
        return new Key<>(name, Double.class, null, false, doc, v -> dev.cloudwright.core.Fmt.num((Double) v));
    }

    static <E extends Enum<E>> Key<E> choice(String name, Class<E> type, String doc) {
        return new Key<>(name, type, null, false, doc, v -> token((Enum<?>) v));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static <E> Key<List<E>> list(String name, Class<E> element, String doc) {
        return new Key(name, List.class, element, false, doc,
                (Function<Object, String>) v -> String.join(", ", ((Collection<?>) v).stream()
                        .map(x -> x instanceof Enum<?> e ? token(e) : String.valueOf(x)).toList()));
    }

    static <V> Key<V> of(String name, Class<V> type, String doc) {
        return new Key<>(name, type, null, false, doc, String::valueOf);
    }

    /** The lower-kebab token of an enum constant, as written in JSON ({@code MULTI_AZ -> multi-az}). */
    public static String token(Enum<?> e) {
        return dev.cloudwright.core.Json.kebab(e);
    }

    public String name() {
        return name;
    }

    public String doc() {
        return doc;
    }

    /** Text for people only: never compared by an engine. */
    public boolean isLabel() {
        return label;
    }

    public Class<?> type() {
        return type;
    }

    /** Checks that {@code value} has this key's type (elements included for lists). */
    T check(Object value) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("setting " + name + " takes " + type.getSimpleName() + ", not " + value.getClass().getSimpleName());
        }
        if (element != null) {
            for (Object o : (Collection<?>) value) {
                if (!element.isInstance(o)) {
                    throw new IllegalArgumentException("setting " + name + " takes a list of " + element.getSimpleName());
                }
            }
        }
        @SuppressWarnings("unchecked")
        T t = (T) value;
        return t;
    }

    /** The value in words, as a design document shows it. */
    public String words(T value) {
        return words.apply(value);
    }

    @Override
    public int compareTo(Key<?> o) {
        return name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
