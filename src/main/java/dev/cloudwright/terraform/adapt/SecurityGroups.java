package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;
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

    private record Rule(Res target, Res source, int port, List<String> cidrs, Res declaredBy) {}

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
                if (!cidrs.isEmpty()) {
                    rules.add(new Rule(sg, null, port, cidrs, sg));
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
                if (!cidrs.isEmpty()) {
                    rules.add(new Rule(target, null, port, cidrs, r));
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
                if (!cidrs.isEmpty()) {
                    rules.add(new Rule(target, null, port, cidrs, r));
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
            if (rule.cidrs().contains("0.0.0.0/0") || rule.cidrs().contains("::/0")) {
                for (Draft to : targets) {
                    String prev = to.value(Keys.OPEN_INGRESS);
                    String port = rule.port() == 0 ? "all ports" : "port " + rule.port();
                    to.set(Keys.OPEN_INGRESS, prev == null ? "from anywhere on " + port : prev + ", " + port, rule.declaredBy().range());
                }
            }
        }
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
