package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.BillingParts;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.List;

/** GuardDuty detectors, AWS Config recorders and Security Hub accounts: audit and detection per region. */
@ResourceAdapter.Adapts(anchors = {"aws_guardduty_detector", "aws_config_configuration_recorder", "aws_securityhub_account"},
        absorbs = {"aws_guardduty_detector_feature", "aws_config_delivery_channel", "aws_config_configuration_recorder_status", "aws_config_config_rule",
            "aws_config_conformance_pack", "aws_securityhub_standards_subscription"},
        services = {"aws.guardduty", "aws.config", "aws.security-hub"},
        summary = "Threat detection and posture: GuardDuty features, AWS Config recording and rules, Security Hub standards")
final class ThreatDetectionAdapter implements ResourceAdapter {

    /** Security Hub standards of the account's region, by the names the model uses; an ARN the data file does not list makes them unknown. */
    private static void standards(Res hub, Draft d, Context ctx) {
        List<String> standards = new java.util.ArrayList<>();
        Fact<String> unmapped = null;
        dev.cloudwright.terraform.hcl.Range at = null;
        for (Res s : ctx.index.managed("aws_securityhub_standards_subscription")) {
            if (s.region() != null && s.region().equals(hub.region()) && !ctx.owned(s)) {
                ctx.absorb(s, d);
                at = at == null ? s.range() : at;
                Fact<String> name = ProviderNames.SECURITYHUB_STANDARD.read(s.str("standards_arn").map(ProviderNames::standardSuffix), "standards_arn");
                if (name.known()) {
                    standards.add(name.value());
                } else if (unmapped == null) {
                    unmapped = name.isAbsent() ? Fact.unknown("standards_arn is not set", s.range()) : name;
                }
            }
        }
        if (unmapped != null) {
            d.unknown(Keys.STANDARDS, unmapped.reason(), unmapped.at());
        } else {
            d.set(Keys.STANDARDS, standards, at);
        }
    }

    @Override
    public void adapt(List<Res> all, Context ctx) {
        for (Res r : all) {
            switch (r.type()) {
                case "aws_guardduty_detector" -> {
                    Draft d = ctx.component(r, Role.AUDIT, "aws.guardduty");
                    Aws.managedZones(d);
                    d.set(Keys.ENABLED, r.bool("enable"));
                    List<String> features = new java.util.ArrayList<>();
                    List<Res> declared = r.referrers("aws_guardduty_detector_feature", "detector_id");
                    String unknown = null;
                    for (Res f : declared) {
                        ctx.absorb(f, d);
                        Fact<Boolean> on = ProviderNames.GUARDDUTY_FEATURE_STATUS.read(f.str("status"), "status");
                        if (on.isUnknown()) {
                            unknown = on.reason();
                        } else if (Fact.isTrue(on)) {
                            features.add(f.str("name").orElse("?"));
                        }
                    }
                    if (unknown != null) {
                        d.unknown(Keys.FEATURES, unknown, declared.get(0).range());
                    } else if (!declared.isEmpty()) {
                        d.set(Keys.FEATURES, features, declared.get(0).range());
                    }
                }
                case "aws_config_configuration_recorder" -> {
                    Draft d = ctx.component(r, Role.AUDIT, "aws.config");
                    Aws.managedZones(d);
                    for (String t : new String[] {"aws_config_delivery_channel", "aws_config_configuration_recorder_status"}) {
                        for (Res x : ctx.index.managed(t)) {
                            if (java.util.Objects.equals(x.region(), r.region()) && !ctx.owned(x)) {
                                ctx.absorb(x, d);
                            }
                        }
                    }
                    int rules = 0;
                    for (Res x : ctx.index.managed("aws_config_config_rule")) {
                        if (java.util.Objects.equals(x.region(), r.region()) && !ctx.owned(x)) {
                            ctx.absorb(x, d);
                            d.pays(BillingParts.RULES, x.address(), 1);
                            rules++;
                        }
                    }
                    d.set(Keys.RULE_COUNT, rules, r.range());
                    d.set(Keys.GLOBAL_RESOURCES, r.bool("recording_group.include_global_resource_types"));
                }
                default -> {
                    Draft d = ctx.component(r, Role.AUDIT, "aws.security-hub");
                    Aws.managedZones(d);
                    standards(r, d, ctx);
                }
            }
        }
    }
}
