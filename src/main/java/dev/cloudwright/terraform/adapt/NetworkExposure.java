package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.terraform.hcl.Range;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a network lets in from the internet beyond its security groups, on the network's component: rules in its default
 * security group, network ACL entries allowing SSH or RDP from anywhere, and subnets giving instances public IPs.
 */
final class NetworkExposure {
    private NetworkExposure() {}

    /** One network ACL ingress entry. */
    private record Entry(int number, String action, String protocol, int from, int to, String cidr, Range at) {}

    static void apply(Context ctx) {
        for (Res sg : ctx.index.managed("aws_default_security_group")) {
            for (Res vpc : sg.refs("vpc_id")) {
                Draft d = ctx.owner(vpc);
                if (d == null) {
                    continue;
                }
                List<EvaluatedBody.Block> rules = new ArrayList<>(sg.blocks("ingress"));
                rules.addAll(sg.blocks("egress"));
                if (rules.isEmpty()) {
                    d.set(Keys.DEFAULT_SECURITY_GROUP_RULES, false, sg.range());
                } else {
                    d.set(Keys.DEFAULT_SECURITY_GROUP_RULES, true, rules.get(0).range());
                }
            }
        }
        for (Res s : ctx.index.managed("aws_subnet")) {
            Fact<Boolean> mapsPublic = s.bool("map_public_ip_on_launch");
            for (Res vpc : s.refs("vpc_id")) {
                Draft d = ctx.owner(vpc);
                if (d != null && (mapsPublic.isUnknown() || Fact.isTrue(mapsPublic)) && !Boolean.TRUE.equals(d.value(Keys.PUBLIC_IP_ON_LAUNCH))) {
                    d.set(Keys.PUBLIC_IP_ON_LAUNCH, mapsPublic);
                }
            }
        }
        for (Res acl : ctx.index.managed("aws_network_acl")) {
            nacl(ctx, acl, acl.refs("vpc_id"));
        }
        for (Res acl : ctx.index.managed("aws_default_network_acl")) {
            nacl(ctx, acl, acl.refs("default_network_acl_id"));
        }
    }

    /** Entries in rule-number order: the first that matches all of the internet on SSH or RDP decides whether it gets in. */
    private static void nacl(Context ctx, Res acl, List<Res> vpcs) {
        List<Entry> entries = new ArrayList<>();
        for (EvaluatedBody.Block b : acl.blocks("ingress")) {
            EvaluatedBody body = b.body();
            String cidr = Res.str(body, "cidr_block").orElse(Res.str(body, "ipv6_cidr_block").orElse(null));
            entries.add(new Entry(Res.integer(body, "rule_no").orElse(0), Res.str(body, "action").orElse(""), Res.str(body, "protocol").orElse(""),
                    Res.integer(body, "from_port").orElse(0), Res.integer(body, "to_port").orElse(0), cidr,
                    body.attribute("cidr_block") != null ? body.attribute("cidr_block").range() : b.range()));
        }
        String idArg = "network_acl_id";
        for (Res r : acl.referrers("aws_network_acl_rule", idArg)) {
            if (Fact.isTrue(r.bool("egress"))) {
                continue;
            }
            String cidr = r.str("cidr_block").orElse(r.str("ipv6_cidr_block").orElse(null));
            entries.add(new Entry(r.integer("rule_number").orElse(0), r.str("rule_action").orElse(""), r.str("protocol").orElse(""),
                    r.integer("from_port").orElse(0), r.integer("to_port").orElse(0), cidr,
                    r.attr("cidr_block") != null ? r.attr("cidr_block").range() : r.range()));
        }
        entries.sort(Comparator.comparingInt(Entry::number));
        Range open = null;
        for (int port : new int[] {22, 3389}) {
            for (Entry e : entries) {
                if (("0.0.0.0/0".equals(e.cidr()) || "::/0".equals(e.cidr())) && covers(e, port)) {
                    if (e.action().equalsIgnoreCase("allow") && open == null) {
                        open = e.at();
                    }
                    break;
                }
            }
        }
        for (Res vpc : vpcs) {
            Draft d = ctx.owner(vpc);
            if (d != null && open != null) {
                d.set(Keys.NACL_ADMIN_FROM_INTERNET, true, open);
            }
        }
    }

    private static boolean covers(Entry e, int port) {
        String p = e.protocol().toLowerCase(Locale.ROOT);
        if (p.equals("-1") || p.equals("all")) {
            return true;
        }
        return (p.equals("tcp") || p.equals("6")) && e.from() <= port && port <= e.to();
    }
}
