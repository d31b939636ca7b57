package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Role;
import java.util.List;

/** GuardDuty detectors, AWS Config recorders and Security Hub accounts: audit and detection per region. */
@ResourceAdapter.Adapts(anchors = {"aws_guardduty_detector", "aws_config_configuration_recorder", "aws_securityhub_account"},
        absorbs = {"aws_guardduty_detector_feature", "aws_config_delivery_channel", "aws_config_configuration_recorder_status", "aws_config_config_rule",
            "aws_config_conformance_pack", "aws_securityhub_standards_subscription"},
        summary = "Threat detection and posture: GuardDuty features, AWS Config recording and rules, Security Hub standards")
final class ThreatDetectionAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> all, Context ctx) {
        for (Res r : all) {
            switch (r.type()) {
                case "aws_guardduty_detector" -> {
                    Draft d = ctx.component(r, Role.AUDIT, "aws.guardduty");
                    Aws.managedZones(d);
                    d.property("enabled", r.bool("enable"));
                    List<String> features = new java.util.ArrayList<>();
                    for (Res f : r.referrers("aws_guardduty_detector_feature", "detector_id")) {
                        ctx.absorb(f, d);
                        if ("ENABLED".equals(f.str("status").orElse("ENABLED"))) {
                            features.add(f.str("name").orElse("?"));
                        }
                    }
                    d.property("features", String.join(", ", features));
                }
                case "aws_config_configuration_recorder" -> {
                    Draft d = ctx.component(r, Role.AUDIT, "aws.config");
                    Aws.managedZones(d);
                    for (String t : new String[] {"aws_config_delivery_channel", "aws_config_configuration_recorder_status"}) {
                        for (Res x : ctx.index.managed(t)) {
                            if (x.region() != null && x.region().equals(r.region()) && !ctx.owned(x)) {
                                ctx.absorb(x, d);
                            }
                        }
                    }
                    int rules = 0;
                    for (Res x : ctx.index.managed("aws_config_config_rule")) {
                        if (x.region() != null && x.region().equals(r.region()) && !ctx.owned(x)) {
                            ctx.absorb(x, d);
                            rules++;
                        }
                    }
                    d.property("rules", rules);
                    d.property("global_resources", r.bool("recording_group.include_global_resource_types"));
                }
                default -> {
                    Draft d = ctx.component(r, Role.AUDIT, "aws.security-hub");
                    Aws.managedZones(d);
                    List<String> standards = new java.util.ArrayList<>();
                    for (Res s : ctx.index.managed("aws_securityhub_standards_subscription")) {
                        if (s.region() != null && s.region().equals(r.region()) && !ctx.owned(s)) {
                            ctx.absorb(s, d);
                            standards.add(s.str("standards_arn").orElse("?"));
                        }
                    }
                    d.property("standards", String.join(", ", standards));
                }
            }
        }
    }
}
