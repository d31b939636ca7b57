package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.ArrayList;
import java.util.List;

/** Auto Scaling groups with their launch template, and standalone EC2 instances. */
@ResourceAdapter.Adapts(anchors = {"aws_autoscaling_group", "aws_instance"},
        absorbs = {"aws_launch_template", "aws_autoscaling_policy", "aws_autoscaling_schedule", "aws_autoscaling_attachment", "aws_eip",
            "aws_ebs_volume", "aws_volume_attachment"},
        services = {"aws.ec2-asg", "aws.ec2"},
        summary = "EC2: instance type, counts and scaling range, zones, IMDSv2, EBS encryption")
final class Ec2Adapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> all, Context ctx) {
        for (Res r : all) {
            if (r.type().equals("aws_autoscaling_group")) {
                group(r, ctx);
            }
        }
        for (Res r : all) {
            if (r.type().equals("aws_instance") && !ctx.owned(r)) {
                instance(r, ctx);
            }
        }
    }

    private static void group(Res asg, Context ctx) {
        Draft d = ctx.component(asg, Role.COMPUTE, "aws.ec2-asg");
        Fact<Integer> min = asg.integer("min_size");
        Fact<Integer> max = asg.integer("max_size");
        Fact<Integer> desired = asg.integer("desired_capacity");
        d.range(min, max);
        d.count = desired.known() || desired.isUnknown() ? desired : min;
        ctx.zonesFromSubnets(d, asg.refs("vpc_zone_identifier"));
        if (asg.attr("vpc_zone_identifier") == null) {
            asg.strings("availability_zones").orElse(List.of()).forEach(d.zones::add);
        }
        List<Res> templates = new ArrayList<>(asg.refs("launch_template.id"));
        templates.addAll(asg.refs("launch_template.name"));
        templates.addAll(asg.refs("mixed_instances_policy.launch_template.launch_template_specification.launch_template_id"));
        for (Res lt : templates) {
            ctx.absorb(lt, d);
            d.sku(lt.str("instance_type"));
            d.set(Keys.ARCH, Aws.arch(lt.str("instance_type")));
            d.set(Keys.IMDSV2_REQUIRED, ProviderNames.EC2_HTTP_TOKENS.read(lt.str("metadata_options.http_tokens"), "metadata_options.http_tokens"));
            d.set(Keys.EBS_ENCRYPTED, lt.bool("block_device_mappings.ebs.encrypted"));
            d.set(Keys.ENCRYPTED_AT_REST, lt.bool("block_device_mappings.ebs.encrypted"));
            d.set(Keys.PUBLIC_ENDPOINT, lt.bool("network_interfaces.associate_public_ip_address"));
        }
        d.set(Keys.HEALTH_CHECK_TYPE, asg.str("health_check_type"));
        for (Res tg : asg.refs("target_group_arns")) {
            ctx.link(tg, asg, Connection.Kind.TRAFFIC, tg.str("protocol").orElse("HTTP"), tg.integer("port").orElse(0), true);
        }
        List<String> policies = new ArrayList<>();
        for (Res p : asg.referrers("aws_autoscaling_policy", "autoscaling_group_name")) {
            ctx.absorb(p, d);
            String metric = p.str("target_tracking_configuration.predefined_metric_specification.predefined_metric_type").orElse(null);
            java.math.BigDecimal target = p.num("target_tracking_configuration.target_value").orElse(null);
            policies.add(metric != null ? "target tracking: " + metric + " " + (target == null ? "?" : target.stripTrailingZeros().toPlainString())
                    : p.str("policy_type").orElse("SimpleScaling"));
        }
        for (Res s : asg.referrers("aws_autoscaling_schedule", "autoscaling_group_name")) {
            ctx.absorb(s, d);
            policies.add("scheduled: " + s.str("recurrence").orElse("once"));
        }
        d.scaling = policies.isEmpty() ? null : String.join("; ", policies);
    }

    private static void instance(Res i, Context ctx) {
        Draft d = ctx.component(i, Role.COMPUTE, "aws.ec2");
        d.sku(i.str("instance_type"));
        d.set(Keys.ARCH, Aws.arch(i.str("instance_type")));
        d.count = Fact.explicit(1, i.range());
        ctx.zonesFromSubnets(d, i.refs("subnet_id"));
        if (i.attr("subnet_id") == null && i.str("availability_zone").known()) {
            d.zones.add(i.str("availability_zone").value());
        }
        d.set(Keys.PUBLIC_ENDPOINT, i.bool("associate_public_ip_address"));
        d.set(Keys.ENCRYPTED_AT_REST, i.bool("root_block_device.encrypted"));
        d.set(Keys.IMDSV2_REQUIRED, ProviderNames.EC2_HTTP_TOKENS.read(i.str("metadata_options.http_tokens"), "metadata_options.http_tokens"));
        d.set(Keys.DETAILED_MONITORING, i.bool("monitoring"));
        for (Res eip : i.referrers("aws_eip", "instance")) {
            ctx.absorb(eip, d);
            d.set(Keys.PUBLIC_ENDPOINT, true, eip.range());
        }
        for (Res att : i.referrers("aws_volume_attachment", "instance_id")) {
            ctx.absorb(att, d);
            for (Res vol : att.refs("volume_id")) {
                ctx.absorb(vol, d);
            }
        }
        for (Res p : i.refs("iam_instance_profile")) {
            ctx.support(p, "instance profile of " + i.address());
        }
    }
}
