package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.List;

/** Application and network load balancers with their listeners, rules and target groups. */
@ResourceAdapter.Adapts(anchors = {"aws_lb", "aws_alb"},
        absorbs = {"aws_lb_listener", "aws_alb_listener", "aws_lb_listener_rule", "aws_lb_listener_certificate", "aws_lb_target_group", "aws_alb_target_group",
            "aws_lb_target_group_attachment", "aws_eip"},
        services = {"aws.alb", "aws.nlb", "aws.gwlb"},
        summary = "Load balancer: type, internet-facing or internal, zones, listeners and TLS policy")
final class LoadBalancerAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> lbs, Context ctx) {
        for (Res lb : lbs) {
            Fact<String> lbType = lb.str("load_balancer_type");
            String type = lbType.orElse("application");
            Draft d = ctx.component(lb, Role.LOAD_BALANCER, type.equals("network") ? "aws.nlb" : type.equals("gateway") ? "aws.gwlb" : "aws.alb");
            d.set(Keys.LB_TYPE, lbType);
            d.set(Keys.PUBLIC_ENDPOINT, lb.bool("internal").map(internal -> !internal)
                    .because("internal defaults to false: the load balancer is internet-facing; " + Defaults.of("aws_lb", "internal").map(Defaults.Default::basis).orElse("")));
            List<Res> subnets = new ArrayList<>(lb.refs("subnets"));
            for (EvaluatedBody.Block m : lb.blocks("subnet_mapping")) {
                subnets.addAll(lb.refs(m.body(), "subnet_id"));
                // an Elastic IP given to a zone is the load balancer's public address there, billed with it
                for (Res eip : lb.refs(m.body(), "allocation_id")) {
                    ctx.absorb(eip, d);
                }
            }
            ctx.zonesFromSubnets(d, subnets);
            // One subnet per zone: the count is known from the list even when the zones' names are not.
            Fact<List<String>> written = lb.strings("subnets");
            if (written.known() && !written.value().isEmpty()) {
                d.set(Keys.ZONE_COUNT, written.value().size(), lb.attr("subnets").range());
            } else if (!lb.blocks("subnet_mapping").isEmpty() && !lb.blocksUnknown("subnet_mapping")) {
                d.set(Keys.ZONE_COUNT, lb.blocks("subnet_mapping").size(), lb.blocks("subnet_mapping").get(0).range());
            }
            d.set(Keys.DELETION_PROTECTION, lb.bool("enable_deletion_protection"));
            d.set(Keys.DROP_INVALID_HEADERS, lb.bool("drop_invalid_header_fields"));
            d.set(Keys.ACCESS_LOGS, lb.bool("access_logs.enabled").or(Fact.defaulted(false, "access logging is an optional feature of Elastic Load Balancing,"
                    + " off unless access_logs is enabled (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html)")));
            List<Res> listeners = new ArrayList<>(lb.referrers("aws_lb_listener", "load_balancer_arn"));
            listeners.addAll(lb.referrers("aws_alb_listener", "load_balancer_arn"));
            List<String> described = new ArrayList<>();
            boolean allTls = !listeners.isEmpty();
            String unknownTls = null;
            Fact<String> weakestPolicy = Fact.absent(); // of the TLS listeners: one with a policy older than TLS 1.2, else one not known, else any
            for (Res l : listeners) {
                ctx.absorb(l, d);
                Fact<String> protocol = l.str("protocol");
                Fact<Integer> port = l.integer("port");
                String p = protocol.orElse(type.equals("network") ? "TCP" : "HTTP");
                String redirect = null;
                for (EvaluatedBody.Block a : l.blocks("default_action")) {
                    if (a.body().attribute("type") != null && "redirect".equals(str(a.body(), "type"))) {
                        for (EvaluatedBody.Block r : a.body().blocks("redirect")) {
                            redirect = str(r.body(), "protocol");
                        }
                    }
                    for (Res tg : l.refs(a.body(), "target_group_arn")) {
                        ctx.absorb(tg, d);
                    }
                    for (EvaluatedBody.Block fwd : a.body().blocks("forward")) {
                        for (EvaluatedBody.Block tgb : fwd.body().blocks("target_group")) {
                            for (Res tg : l.refs(tgb.body(), "arn")) {
                                ctx.absorb(tg, d);
                            }
                        }
                    }
                }
                boolean tls = p.equals("HTTPS") || p.equals("TLS");
                boolean redirectsToTls = "HTTPS".equals(redirect);
                if (tls) {
                    Fact<String> policy = l.str("ssl_policy");
                    boolean weak = policy.known() && !modernTls(policy.value());
                    boolean haveWeak = weakestPolicy.known() && !modernTls(weakestPolicy.value());
                    if (weak && !haveWeak || policy.isUnknown() && !haveWeak || weakestPolicy.isAbsent()) {
                        weakestPolicy = policy;
                    }
                }
                if (protocol.isUnknown()) {
                    unknownTls = protocol.reason();
                }
                allTls &= tls || redirectsToTls;
                described.add(p + " " + (port.known() ? port.value() : "?") + (tls ? " (" + l.str("ssl_policy").orElse("default TLS policy") + ")" : "")
                        + (redirectsToTls ? " redirects to HTTPS" : ""));
                for (Res rule : l.referrers("aws_lb_listener_rule", "listener_arn")) {
                    ctx.absorb(rule, d);
                    for (EvaluatedBody.Block a : rule.blocks("action")) {
                        for (Res tg : rule.refs(a.body(), "target_group_arn")) {
                            ctx.absorb(tg, d);
                        }
                    }
                }
                for (Res c : l.referrers("aws_lb_listener_certificate", "listener_arn")) {
                    ctx.absorb(c, d);
                }
            }
            d.set(Keys.MIN_TLS, weakestPolicy);
            d.set(Keys.LISTENERS, described.isEmpty() ? "none" : String.join("; ", described), listeners.isEmpty() ? lb.range() : listeners.get(0).range());
            if (unknownTls != null) {
                d.unknown(Keys.ENCRYPTED_IN_TRANSIT, unknownTls, lb.range());
            } else if (!listeners.isEmpty()) {
                d.set(Keys.ENCRYPTED_IN_TRANSIT, allTls, listeners.get(0).range());
            }
            for (Res tg : ctx.index.ofType("aws_lb_target_group")) {
                if (ctx.owner(tg) == d) {
                    for (Res att : tg.referrers("aws_lb_target_group_attachment", "target_group_arn")) {
                        ctx.absorb(att, d);
                        for (Res target : att.refs("target_id")) {
                            ctx.link(tg, target, dev.cloudwright.model.Connection.Kind.TRAFFIC, tg.str("protocol").orElse("HTTP"),
                                    tg.integer("port").orElse(0), true);
                        }
                    }
                }
            }
        }
    }

    /** A listener security policy that allows TLS 1.2 or later only. */
    static boolean modernTls(String policy) {
        return policy.contains("TLS13") || policy.contains("TLS-1-2");
    }

    static String str(EvaluatedBody b, String name) {
        EvaluatedBody.Attr a = b.attribute(name);
        return a != null && a.value() instanceof dev.cloudwright.terraform.eval.Value.Str s ? s.value() : null;
    }
}
