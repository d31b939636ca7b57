package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Auto Scaling groups with the launch template or launch configuration they launch (by reference, id or name), and
 * standalone EC2 instances. A template or configuration no group uses is supporting configuration.
 */
@ResourceAdapter.Adapts(anchors = {"aws_autoscaling_group", "aws_instance"},
        absorbs = {"aws_launch_template", "aws_launch_configuration", "aws_autoscaling_policy", "aws_autoscaling_schedule", "aws_autoscaling_attachment", "aws_eip",
            "aws_ebs_volume", "aws_volume_attachment"},
        services = {"aws.ec2-asg", "aws.ec2"},
        summary = "EC2: instance type from the launch template or configuration, counts and scaling range, zones, IMDSv2, EBS encryption")
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
        for (String type : new String[] {LaunchSource.TEMPLATE, LaunchSource.CONFIGURATION}) {
            for (Res r : ctx.index.managed(type)) {
                if (!ctx.owned(r)) {
                    ctx.support(r, (type.equals(LaunchSource.TEMPLATE) ? "launch template" : "launch configuration")
                            + " no Auto Scaling group or instance in this configuration launches");
                }
            }
        }
    }

    /** The instance type and instance settings from what a group launches; all unknown, with the reason, when it is not in the configuration. */
    private static void launches(Draft d, LaunchSource source, Context ctx) {
        if (!source.found()) {
            d.unresolved("sku", source.reason());
            for (var key : List.of(Keys.LAUNCH_TEMPLATE, Keys.ARCH, Keys.IMDSV2_REQUIRED, Keys.EBS_ENCRYPTED, Keys.ENCRYPTED_AT_REST)) {
                d.unknown(key, source.reason(), source.at());
            }
            return;
        }
        Res lt = source.resource();
        ctx.absorb(lt, d);
        boolean template = lt.type().equals(LaunchSource.TEMPLATE);
        d.set(Keys.LAUNCH_TEMPLATE, (template ? "launch template " : "launch configuration ") + lt.address(), source.at());
        d.sku(lt.str("instance_type"));
        d.set(Keys.ARCH, Aws.arch(lt.str("instance_type")));
        d.set(Keys.IMDSV2_REQUIRED, ProviderNames.EC2_HTTP_TOKENS.read(lt.str("metadata_options.http_tokens"), "metadata_options.http_tokens"));
        String encrypted = template ? "block_device_mappings.ebs.encrypted" : "root_block_device.encrypted";
        d.set(Keys.EBS_ENCRYPTED, lt.bool(encrypted));
        d.set(Keys.ENCRYPTED_AT_REST, lt.bool(encrypted));
        d.set(Keys.PUBLIC_ENDPOINT, lt.bool(template ? "network_interfaces.associate_public_ip_address" : "associate_public_ip_address"));
        userData(lt, d);
        d.set(Keys.DETAILED_MONITORING, template ? lt.bool("monitoring.enabled")
                : lt.bool("enable_monitoring").because(Defaults.explained(LaunchSource.CONFIGURATION, "enable_monitoring")));
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
        LaunchSource source = LaunchSource.ofGroup(asg);
        if (source == null) {
            d.unresolved("sku", "the group names no launch template or launch configuration");
        } else {
            launches(d, source, ctx);
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
        Fact<String> type = i.str("instance_type");
        LaunchSource template = LaunchSource.template(i, i.blocks("launch_template"), "id", "name");
        if (type.isAbsent() && template != null) {
            // the instance type comes from the launch template
            if (template.found()) {
                ctx.absorb(template.resource(), d);
                d.set(Keys.LAUNCH_TEMPLATE, "launch template " + template.resource().address(), template.at());
                type = template.resource().str("instance_type");
            } else {
                type = Fact.unknown(template.reason(), template.at());
                d.unknown(Keys.LAUNCH_TEMPLATE, template.reason(), template.at());
            }
        }
        d.sku(type);
        d.set(Keys.ARCH, Aws.arch(type));
        d.count = Fact.explicit(1, i.range());
        ctx.zonesFromSubnets(d, i.refs("subnet_id"));
        if (i.attr("subnet_id") == null && i.str("availability_zone").known()) {
            d.zones.add(i.str("availability_zone").value());
        }
        d.set(Keys.PUBLIC_ENDPOINT, i.bool("associate_public_ip_address"));
        d.set(Keys.ENCRYPTED_AT_REST, i.bool("root_block_device.encrypted"));
        d.set(Keys.IMDSV2_REQUIRED, ProviderNames.EC2_HTTP_TOKENS.read(i.str("metadata_options.http_tokens"), "metadata_options.http_tokens")
                .or(Fact.unknown("metadata_options.http_tokens is not set: " + Defaults.explained("aws_instance", "metadata_options.http_tokens"), i.range())));
        d.set(Keys.DETAILED_MONITORING, i.bool("monitoring"));
        userData(i, d);
        blockDevices(i, d);
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

    /** Whether the user data (plain or base64) written in the configuration holds what looks like a secret. */
    private static void userData(Res r, Draft d) {
        for (String arg : new String[] {"user_data", "user_data_base64"}) {
            var a = r.attr(arg);
            if (a != null && a.value() instanceof dev.cloudwright.terraform.eval.Value.Str s) {
                d.set(Keys.SECRET_IN_USER_DATA, Secrets.inText(s.value()) != null, a.range());
            }
        }
    }

    /**
     * The volumes written in root_block_device and ebs_block_device blocks (name:type:size:iops:throughput). A type or size
     * not written comes from the AMI or snapshot and is not known offline ({@code ?}); an instance without a
     * root_block_device block has its root volume from the AMI, not in the configuration, and lists none.
     */
    private static void blockDevices(Res i, Draft d) {
        List<String> devices = new ArrayList<>();
        for (var b : i.blocks("root_block_device")) {
            devices.add(device("root volume", b.body()));
        }
        for (var b : i.blocks("ebs_block_device")) {
            devices.add(device(Res.str(b.body(), "device_name").orElse("EBS volume"), b.body()));
        }
        if (i.blocksUnknown("ebs_block_device")) {
            d.unknown(Keys.BLOCK_DEVICES, "the ebs_block_device blocks are generated from values not known offline", i.range());
        } else if (!devices.isEmpty()) {
            d.set(Keys.BLOCK_DEVICES, devices, (i.blocks("root_block_device").isEmpty() ? i.blocks("ebs_block_device") : i.blocks("root_block_device")).get(0).range());
        }
    }

    private static String device(String name, dev.cloudwright.terraform.module.EvaluatedBody b) {
        return String.join(":", name.replace(':', '_'), part(Res.str(b, "volume_type")), part(Res.integer(b, "volume_size")), number(Res.integer(b, "iops")),
                number(Res.integer(b, "throughput")));
    }

    private static String part(Fact<?> f) {
        return f.known() ? String.valueOf(f.value()) : "?";
    }

    private static String number(Fact<Integer> f) {
        return f.isAbsent() ? "0" : part(f);
    }
}
