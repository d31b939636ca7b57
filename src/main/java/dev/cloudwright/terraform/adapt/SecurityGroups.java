package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;
import dev.cloudwright.terraform.hcl.Range;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Security groups are not components: they tell which components may talk to which. A rule letting
 * group Y reach group X on a port becomes a connection from every component using Y to every
 * component using X. Ingress from anywhere (0.0.0.0/0, ::/0) is recorded on the components using X.
 */
final class SecurityGroups {
    private SecurityGroups() {}

    /**
     * One ingress rule: the ports {@code port} to {@code toPort} of {@code protocol} ("-1": every protocol and port), from a
     * source group or from {@code cidrs}; {@code at} is where its addresses are written, {@code cidrsUnknown} why they are
     * not known offline (null when they are).
     */
    private record Rule(Res target, Res source, int port, int toPort, String protocol, List<String> cidrs, Res declaredBy, Range at, String cidrsUnknown) {
        Rule(Res target, Res source, int port, List<String> cidrs, Res declaredBy) {
            this(target, source, port, port, "tcp", cidrs, declaredBy, declaredBy.range(), null);
        }
    }

    /** Ports of databases, caches, search and streaming engines that must never be open to the internet. */
    static final List<Integer> DATABASE_PORTS = List.of(1433, 1521, 2049, 3306, 5432, 5439, 6379, 7000, 9042, 9092, 9200, 9300, 11211, 27017);

    static void apply(Context ctx) {
        Map<String, Set<Draft>> users = new LinkedHashMap<>();
        for (Draft d : ctx.drafts()) {
            for (String address : d.resources) {
                Res r = ctx.index.get(address);
                if (r != null) {
                    collectUses(r, r.body(), d, users);
                }
            }
        }
        List<Rule> rules = new ArrayList<>();
        for (Res sg : ctx.index.managed("aws_security_group")) {
            ctx.support(sg, "security group");
            for (EvaluatedBody.Block in : sg.blocks("ingress")) {
                int port = port(in.body(), "from_port");
                List<String> cidrs = strings(in.body(), "cidr_blocks");
                cidrs.addAll(strings(in.body(), "ipv6_cidr_blocks"));
                for (Res src : sg.refs(in.body(), "security_groups")) {
                    rules.add(new Rule(sg, src, port, List.of(), sg));
                }
                EvaluatedBody.Attr where = in.body().attribute("cidr_blocks") != null ? in.body().attribute("cidr_blocks") : in.body().attribute("ipv6_cidr_blocks");
                String unknown = unknownOf(in.body().attribute("cidr_blocks"), in.body().attribute("ipv6_cidr_blocks"));
                if (!cidrs.isEmpty() || unknown != null) {
                    rules.add(new Rule(sg, null, port, port(in.body(), "to_port"), text(in.body(), "protocol"), cidrs, sg, where.range(), unknown));
                }
            }
        }
        for (Res r : ctx.index.managed("aws_security_group_rule")) {
            ctx.support(r, "security group rule");
            if (!"ingress".equals(r.str("type").orElse(""))) {
                continue;
            }
            for (Res target : r.refs("security_group_id")) {
                int port = r.integer("from_port").orElse(0);
                for (Res src : r.refs("source_security_group_id")) {
                    rules.add(new Rule(target, src, port, List.of(), r));
                }
                List<String> cidrs = new ArrayList<>(r.strings("cidr_blocks").orElse(List.of()));
                cidrs.addAll(r.strings("ipv6_cidr_blocks").orElse(List.of()));
                EvaluatedBody.Attr where = r.attr("cidr_blocks") != null ? r.attr("cidr_blocks") : r.attr("ipv6_cidr_blocks");
                String unknown = unknownOf(r.attr("cidr_blocks"), r.attr("ipv6_cidr_blocks"));
                if (!cidrs.isEmpty() || unknown != null) {
                    rules.add(new Rule(target, null, port, r.integer("to_port").orElse(port), r.str("protocol").orElse("tcp"), cidrs, r, where.range(), unknown));
                }
            }
        }
        for (Res r : ctx.index.managed("aws_vpc_security_group_ingress_rule")) {
            ctx.support(r, "security group rule");
            for (Res target : r.refs("security_group_id")) {
                int port = r.integer("from_port").orElse(0);
                for (Res src : r.refs("referenced_security_group_id")) {
                    rules.add(new Rule(target, src, port, List.of(), r));
                }
                List<String> cidrs = new ArrayList<>();
                if (r.str("cidr_ipv4").known()) {
                    cidrs.add(r.str("cidr_ipv4").value());
                }
                if (r.str("cidr_ipv6").known()) {
                    cidrs.add(r.str("cidr_ipv6").value());
                }
                EvaluatedBody.Attr where = r.attr("cidr_ipv4") != null ? r.attr("cidr_ipv4") : r.attr("cidr_ipv6");
                String unknown = unknownOf(r.attr("cidr_ipv4"), r.attr("cidr_ipv6"));
                if (!cidrs.isEmpty() || unknown != null) {
                    rules.add(new Rule(target, null, port, r.integer("to_port").orElse(port), r.str("ip_protocol").orElse("tcp"), cidrs, r, where.range(), unknown));
                }
            }
        }
        for (Res r : ctx.index.managed("aws_vpc_security_group_egress_rule")) {
            ctx.support(r, "security group rule");
        }
        for (Rule rule : rules) {
            Set<Draft> targets = users.getOrDefault(rule.target().address(), Set.of());
            if (rule.source() != null) {
                for (Draft from : users.getOrDefault(rule.source().address(), Set.of())) {
                    for (Draft to : targets) {
                        if (from != to) {
                            ctx.links.add(new Context.Link(from.resources.get(0), to.resources.get(0), Connection.Kind.TRAFFIC, Aws.protocolFor(rule.port()),
                                    rule.port(), to.role == dev.cloudwright.model.Role.DATABASE || to.role == dev.cloudwright.model.Role.LOAD_BALANCER
                                            || to.role == dev.cloudwright.model.Role.COMPUTE));
                        }
                    }
                }
            }
            exposure(rule, targets);
            if (rule.cidrs().contains("0.0.0.0/0") || rule.cidrs().contains("::/0")) {
                for (Draft to : targets) {
                    String prev = to.value(Keys.OPEN_INGRESS);
                    String port = rule.port() == 0 ? "all ports" : "port " + rule.port();
                    to.set(Keys.OPEN_INGRESS, prev == null ? "from anywhere on " + port : prev + ", " + port, rule.declaredBy().range());
                }
            }
        }
    }

    /**
     * What an ingress rule from anywhere opens, on the components using its group: every port, else SSH, RDP or a database
     * port its range covers (at where its addresses are written). Addresses not known offline make those settings unknown
     * (unless another rule already opens them).
     */
    private static void exposure(Rule rule, Set<Draft> targets) {
        if (rule.source() != null) {
            return;
        }
        boolean world = rule.cidrs().contains("0.0.0.0/0") || rule.cidrs().contains("::/0");
        if (!world && rule.cidrsUnknown() == null) {
            return;
        }
        List<dev.cloudwright.model.Key<Boolean>> opened = new ArrayList<>();
        String protocol = rule.protocol() == null ? "tcp" : rule.protocol().toLowerCase(java.util.Locale.ROOT);
        boolean anyProtocol = protocol.equals("-1") || protocol.equals("all");
        if (anyProtocol || rule.port() <= 0 && rule.toPort() >= 65535) {
            opened.add(Keys.ALL_PORTS_FROM_INTERNET);
        } else if (protocol.equals("tcp") || protocol.equals("6")) {
            if (covers(rule, 22)) {
                opened.add(Keys.SSH_FROM_INTERNET);
            }
            if (covers(rule, 3389)) {
                opened.add(Keys.RDP_FROM_INTERNET);
            }
            if (DATABASE_PORTS.stream().anyMatch(p -> covers(rule, p))) {
                opened.add(Keys.DATABASE_PORT_FROM_INTERNET);
            }
        }
        for (Draft to : targets) {
            for (var key : opened) {
                if (world) {
                    to.set(key, true, rule.at());
                } else if (!Boolean.TRUE.equals(to.value(key))) {
                    to.unknown(key, "the addresses " + rule.declaredBy().address() + " allows in are not known offline: " + rule.cidrsUnknown(), rule.at());
                }
            }
        }
    }

    private static boolean covers(Rule rule, int port) {
        return rule.port() <= port && port <= Math.max(rule.port(), rule.toPort());
    }

    /** Why the addresses are not known offline, or null. */
    private static String unknownOf(EvaluatedBody.Attr... attrs) {
        for (EvaluatedBody.Attr a : attrs) {
            if (a != null && !a.value().isWhollyKnown()) {
                return a.value().firstUnknown().reason();
            }
        }
        return null;
    }

    private static String text(EvaluatedBody b, String name) {
        EvaluatedBody.Attr a = b.attribute(name);
        return a != null && a.value() instanceof dev.cloudwright.terraform.eval.Value.Str s ? s.value() : null;
    }

    /** Every security group a component's resources refer to (not counting the rules' own references). */
    private static void collectUses(Res r, EvaluatedBody body, Draft d, Map<String, Set<Draft>> users) {
        for (EvaluatedBody.Attr a : body.attributes().values()) {
            if (!a.name().contains("security_group")) {
                continue;
            }
            for (String ref : a.references()) {
                Res target = r.type().startsWith("aws_security_group") ? null : ctxType(r, ref);
                if (target != null) {
                    users.computeIfAbsent(ref, k -> new LinkedHashSet<>()).add(d);
                }
            }
        }
        for (EvaluatedBody.Block b : body.blocks()) {
            collectUses(r, b.body(), d, users);
        }
    }

    private static Res ctxType(Res r, String ref) {
        Res t = r.refsIndex(ref);
        return t != null && t.type().equals("aws_security_group") ? t : null;
    }

    private static int port(EvaluatedBody b, String name) {
        EvaluatedBody.Attr a = b.attribute(name);
        return a != null && a.value() instanceof dev.cloudwright.terraform.eval.Value.Num n ? n.value().intValue() : 0;
    }

    private static List<String> strings(EvaluatedBody b, String name) {
        List<String> out = new ArrayList<>();
        EvaluatedBody.Attr a = b.attribute(name);
        if (a != null && a.value() instanceof dev.cloudwright.terraform.eval.Value.Seq s) {
            for (var v : s.items()) {
                if (v instanceof dev.cloudwright.terraform.eval.Value.Str str) {
                    out.add(str.value());
                }
            }
        }
        return out;
    }
}
