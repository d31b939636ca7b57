package dev.cloudwright.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Builds a small YAML tree, with positions, from the parser's event stream. It is iterative (no
 * recursion, so deep nesting cannot overflow the stack), limits nesting depth, and counts alias
 * expansions so that an alias bomb is rejected instead of exhausting memory.
 */
public final class YamlTree {
    public static final int MAX_DEPTH = 64;
    public static final int MAX_NODES = 20_000;

    public sealed interface Node permits Scalar, Seq, MapNode {
        SourcePosition pos();

        /** Number of nodes in this subtree (for alias expansion accounting). */
        int size();

        String kind();
    }

    public record Scalar(String value, boolean plain, SourcePosition pos) implements Node {
        @Override
        public int size() {
            return 1;
        }

        @Override
        public String kind() {
            return "a scalar";
        }
    }

    public record Seq(List<Node> items, SourcePosition pos, int size) implements Node {
        @Override
        public String kind() {
            return "a list";
        }
    }

    public record Entry(Scalar key, Node value) {}

    public record MapNode(List<Entry> entries, SourcePosition pos, int size) implements Node {
        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().value().equals(key)).findFirst();
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    private YamlTree() {}

    /** Parses one YAML document; an empty document yields {@code null}. */
    public static Node parse(String file, String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setCodePointLimit(4 * 1024 * 1024)
                .setAllowDuplicateKeys(false)
                .build();
        Builder b = new Builder(file);
        try {
            for (Event e : new Parse(settings).parseString(text)) {
                b.accept(e);
            }
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().or(e::getContextMark).orElse(null);
            String what = e.getProblem() == null ? e.getMessage() : e.getProblem();
            throw new InputException(b.at(m), "invalid YAML: " + oneLine(what));
        } catch (YamlEngineException e) {
            throw new InputException(new SourcePosition(file, 0, 0), "invalid YAML: " + oneLine(e.getMessage()));
        }
        return b.root;
    }

    private static String oneLine(String s) {
        return s == null ? "syntax error" : s.replaceAll("\\s+", " ").trim();
    }

    private static final class Builder {
        private final String file;
        private final Deque<Object[]> stack = new ArrayDeque<>(); // {kind, list, pos, anchor, pendingKey}
        private final Map<Anchor, Node> anchors = new HashMap<>();
        private int documents;
        private long expanded;
        Node root;

        Builder(String file) {
            this.file = file;
        }

        SourcePosition at(Mark m) {
            return m == null ? new SourcePosition(file, 0, 0) : new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1);
        }

        SourcePosition at(Event e) {
            return at(e.getStartMark().orElse(null));
        }

        void accept(Event e) {
            switch (e.getEventId()) {
                case DocumentStart -> {
                    if (++documents > 1) {
                        throw new InputException(at(e), "a requirements file holds one YAML document; found a second one (`---`)");
                    }
                }
                case Scalar -> {
                    ScalarEvent s = (ScalarEvent) e;
                    if (s.getTag().isPresent() && !s.getTag().get().startsWith("tag:yaml.org,2002:")) {
                        throw new InputException(at(e), "YAML tags such as `" + s.getTag().get() + "` are not supported here");
                    }
                    add(new Scalar(s.getValue(), s.isPlain(), at(e)), s, e);
                }
                case SequenceStart, MappingStart -> {
                    if (stack.size() >= MAX_DEPTH) {
                        throw new InputException(at(e), "nesting is deeper than " + MAX_DEPTH + " levels; a requirements file needs only a few");
                    }
                    String kind = e.getEventId() == Event.ID.SequenceStart ? "seq" : "map";
                    stack.push(new Object[] {kind, new ArrayList<>(), at(e), ((NodeEvent) e).getAnchor().orElse(null), null});
                }
                case SequenceEnd, MappingEnd -> {
                    Object[] top = stack.pop();
                    @SuppressWarnings("unchecked")
                    List<Object> items = (List<Object>) top[1];
                    SourcePosition pos = (SourcePosition) top[2];
                    int size = 1;
                    Node node;
                    if (top[0].equals("seq")) {
                        List<Node> list = new ArrayList<>();
                        for (Object o : items) {
                            list.add((Node) o);
                            size += ((Node) o).size();
                        }
                        node = new Seq(List.copyOf(list), pos, size);
                    } else {
                        List<Entry> list = new ArrayList<>();
                        for (Object o : items) {
                            Entry en = (Entry) o;
                            list.add(en);
                            size += 1 + en.value().size();
                        }
                        node = new MapNode(List.copyOf(list), pos, size);
                    }
                    Anchor anchor = (Anchor) top[3];
                    if (anchor != null) {
                        anchors.put(anchor, node);
                    }
                    attach(node, e);
                }
                case Alias -> {
                    AliasEvent a = (AliasEvent) e;
                    Node target = anchors.get(a.getAlias());
                    if (target == null) {
                        throw new InputException(at(e), "alias `*" + a.getAlias().getValue() + "` refers to no anchor defined before it");
                    }
                    expanded += target.size();
                    if (expanded > MAX_NODES) {
                        throw new InputException(at(e), "aliases expand to more than " + MAX_NODES
                                + " nodes (an alias bomb?); write the values out instead");
                    }
                    attach(target, e);
                }
                default -> {
                    // stream/document boundaries and comments need no node
                }
            }
        }

        private void add(Scalar s, ScalarEvent ev, Event e) {
            ev.getAnchor().ifPresent(anchor -> anchors.put(anchor, s));
            attach(s, e);
        }

        @SuppressWarnings("unchecked")
        private void attach(Node node, Event e) {
            if (stack.isEmpty()) {
                root = node;
                return;
            }
            Object[] top = stack.peek();
            List<Object> items = (List<Object>) top[1];
            if (top[0].equals("seq")) {
                items.add(node);
            } else if (top[4] == null) {
                if (!(node instanceof Scalar key)) {
                    throw new InputException(at(e), "mapping keys must be plain names, not " + node.kind());
                }
                for (Object o : items) {
                    Entry prior = (Entry) o;
                    if (prior.key().value().equals(key.value())) {
                        throw new InputException(key.pos(), "duplicate key `" + key.value() + "` (first given at line "
                                + prior.key().pos().line() + ")");
                    }
                }
                top[4] = key;
            } else {
                items.add(new Entry((Scalar) top[4], node));
                top[4] = null;
            }
        }
    }
}
