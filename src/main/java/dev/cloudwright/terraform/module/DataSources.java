package dev.cloudwright.terraform.module;

import dev.cloudwright.geo.RegionCatalog;
import dev.cloudwright.terraform.config.ModuleConfig;
import dev.cloudwright.terraform.config.ProviderSchema;
import dev.cloudwright.terraform.eval.Convert;
import dev.cloudwright.terraform.eval.Type;
import dev.cloudwright.terraform.eval.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The value of a resource or data source instance as other expressions see it: the configured
 * arguments and blocks, and an explicit Unknown for every other attribute of its schema. A few data
 * sources whose result follows from the configuration alone are computed here, as the provider would:
 * {@code aws_iam_policy_document}, {@code aws_region}, {@code aws_partition}, {@code aws_availability_zones}
 * (from the bundled region data), {@code aws_default_tags} (from the provider configuration) and the
 * structure of {@code aws_caller_identity} (whose values only AWS knows). Of managed resources, the
 * {@code domain_validation_options} the AWS provider plans for a certificate validated by DNS.
 */
final class DataSources {

    private DataSources() {}

    static Value value(ModuleConfig.Resource cfg, EvaluatedBody body, ProviderSchema.Block schema, String address, ProviderBinding provider) {
        boolean data = cfg.mode() == ModuleConfig.Mode.DATA;
        String why = cfg.mode() == ModuleConfig.Mode.EPHEMERAL ? address + ".{attr} is generated when Terraform runs and never stored"
                : data ? address + ".{attr} is read from the provider" : address + ".{attr} is known only after apply";
        Map<String, Value> attrs = new TreeMap<>(objectOf(body, schema, why, address).attrs());
        if (!attrs.containsKey("id")) {
            attrs.put("id", Value.unknown(why.replace("{attr}", "id"), address));
        }
        if (data) {
            switch (cfg.type()) {
                case "aws_iam_policy_document" -> {
                    Value json = IamPolicyDocument.render(body);
                    attrs.put("json", json);
                    attrs.put("minified_json", json instanceof Value.Str s ? Value.str(IamPolicyDocument.minify(s.value())) : json);
                }
                case "aws_region" -> {
                    Value region = body.attribute("region") != null ? body.attribute("region").value()
                            : body.attribute("name") != null ? body.attribute("name").value() : providerRegion(provider);
                    attrs.put("region", region);
                    attrs.put("name", region);
                    attrs.put("id", region);
                    if (region instanceof Value.Str r) {
                        attrs.put("endpoint", Value.str("ec2." + r.value() + "." + Partition.of(r.value()).dnsSuffix()));
                        RegionCatalog.aws().find(r.value()).ifPresent(c -> attrs.put("description", Value.str(c.name())));
                    }
                }
                case "aws_partition" -> {
                    Value region = providerRegion(provider);
                    if (region instanceof Value.Str r) {
                        Partition p = Partition.of(r.value());
                        attrs.put("partition", Value.str(p.name()));
                        attrs.put("id", Value.str(p.name()));
                        attrs.put("dns_suffix", Value.str(p.dnsSuffix()));
                        attrs.put("reverse_dns_prefix", Value.str(p.reverseDnsPrefix()));
                    } else {
                        String reason = address + ".{attr} depends on the provider's region, which is not set in the configuration";
                        for (String a : List.of("partition", "id", "dns_suffix", "reverse_dns_prefix")) {
                            attrs.put(a, Value.unknown(reason.replace("{attr}", a), address));
                        }
                    }
                }
                case "aws_availability_zones" -> attrs.putAll(AvailabilityZones.compute(body, provider, address));
                case "aws_caller_identity" -> {
                    for (String a : List.of("account_id", "arn", "user_id", "id")) {
                        attrs.put(a, Value.unknown(address + "." + a + ": the account is known only to AWS", address));
                    }
                }
                case "aws_default_tags" -> attrs.put("tags", defaultTags(provider, address));
                default -> {
                }
            }
        } else if (cfg.mode() == ModuleConfig.Mode.MANAGED && cfg.type().equals("aws_acm_certificate")) {
            Value options = acmValidationOptions(body, address);
            if (options != null) {
                attrs.put("domain_validation_options", options);
            }
        }
        return Value.openObject(attrs, why, address);
    }

    /**
     * The {@code domain_validation_options} of a new certificate validated by DNS as the AWS provider plans them
     * (its CustomizeDiff): one element per domain, the domain name and each subject alternative name, with the
     * domain known and the record ACM will ask for known only after apply. Null when the domains are not known, or
     * the certificate is not validated by DNS (then the provider plans nothing and the attribute stays Unknown).
     */
    static Value acmValidationOptions(EvaluatedBody body, String address) {
        EvaluatedBody.Attr method = body.attribute("validation_method");
        EvaluatedBody.Attr domain = body.attribute("domain_name");
        if (method == null || !(method.value() instanceof Value.Str m) || !m.value().equals("DNS") || domain == null
                || !(domain.value() instanceof Value.Str d)) {
            return null;
        }
        List<String> names = new ArrayList<>(List.of(d.value()));
        EvaluatedBody.Attr sans = body.attribute("subject_alternative_names");
        if (sans != null) {
            if (!(sans.value() instanceof Value.Seq seq) || !seq.isWhollyKnown()) {
                return null;
            }
            for (Value v : seq.items()) {
                if (!(v instanceof Value.Str san)) {
                    return null;
                }
                names.add(san.value());
            }
        }
        List<Value> out = new ArrayList<>();
        for (String n : new java.util.LinkedHashSet<>(names)) {
            Map<String, Value> o = new TreeMap<>();
            o.put("domain_name", Value.str(n));
            for (String a : List.of("resource_record_name", "resource_record_type", "resource_record_value")) {
                o.put(a, Value.unknown(address + ".domain_validation_options." + a + " is known only after apply (ACM chooses the record when it"
                        + " creates the certificate)", address));
            }
            out.add(Value.object(o));
        }
        return Value.set(out);
    }

    /** The tags of the provider configuration's {@code default_tags} block: an empty map without one. */
    static Value defaultTags(ProviderBinding p, String address) {
        if (p == null || p.config() == null || p.config().blocks("default_tags").isEmpty()) {
            return Value.map(Map.of());
        }
        EvaluatedBody.Block b = p.config().blocks("default_tags").get(0);
        if (b.representative()) {
            return Value.unknown(address + ".tags: the provider's default_tags block is dynamic and not known offline", address);
        }
        EvaluatedBody.Attr tags = b.body().attribute("tags");
        if (tags == null || tags.value() instanceof Value.Null) {
            return Value.map(Map.of());
        }
        if (tags.value() instanceof Value.Obj o && o.unknownRest() == null) {
            try {
                return Convert.to(o, new Type.MapOf(Type.STRING), e -> Value.NULL);
            } catch (Convert.ConversionError e) {
                return tags.value();
            }
        }
        return tags.value();
    }

    /**
     * The AWS partition a region is in, as the provider's endpoint data has it: name, DNS suffix and
     * reverse DNS prefix. Regions not in a special partition are in {@code aws}.
     */
    record Partition(String name, String dnsSuffix, String reverseDnsPrefix) {
        static Partition of(String region) {
            if (region.startsWith("cn-")) {
                return new Partition("aws-cn", "amazonaws.com.cn", "cn.com.amazonaws");
            } else if (region.startsWith("us-gov-")) {
                return new Partition("aws-us-gov", "amazonaws.com", "com.amazonaws");
            } else if (region.startsWith("us-isob-")) {
                return new Partition("aws-iso-b", "sc2s.sgov.gov", "gov.sgov.sc2s");
            } else if (region.startsWith("us-iso-")) {
                return new Partition("aws-iso", "c2s.ic.gov", "gov.ic.c2s");
            }
            return new Partition("aws", "amazonaws.com", "com.amazonaws");
        }
    }

    /** The provider configuration's {@code region}, or Unknown when it comes from the environment. */
    static Value providerRegion(ProviderBinding p) {
        if (p != null && p.config() != null && p.config().attribute("region") != null) {
            return p.config().attribute("region").value();
        }
        return Value.unknown("the provider's region is not set in the configuration (it comes from the environment)");
    }

    /**
     * A body as an object value, with schema attributes it does not set as Unknown and absent blocks as
     * empty. {@code why} is the reason for unknown attributes, {@code {attr}} standing for the name.
     */
    static Value.Obj objectOf(EvaluatedBody body, ProviderSchema.Block schema, String why, String origin) {
        Map<String, Value> attrs = new LinkedHashMap<>();
        if (schema != null) {
            for (String a : schema.attributes().keySet()) {
                attrs.put(a, Value.unknown(why.replace("{attr}", a), origin));
            }
        }
        for (EvaluatedBody.Attr a : body.attributes().values()) {
            attrs.put(a.name(), a.value());
        }
        Map<String, List<Value>> blocks = new LinkedHashMap<>();
        if (schema != null) {
            for (String b : schema.blocks().keySet()) {
                blocks.put(b, new ArrayList<>());
            }
        }
        for (EvaluatedBody.Block b : body.blocks()) {
            ProviderSchema.Nested n = schema == null ? null : schema.blocks().get(b.type());
            blocks.computeIfAbsent(b.type(), k -> new ArrayList<>()).add(objectOf(b.body(), n == null ? null : n.block(),
                    why.replace("{attr}", b.type() + ".{attr}"), origin));
        }
        for (Map.Entry<String, List<Value>> e : blocks.entrySet()) {
            ProviderSchema.Nested n = schema == null ? null : schema.blocks().get(e.getKey());
            if (n != null && !n.list()) {
                attrs.put(e.getKey(), e.getValue().isEmpty() ? Value.NULL : e.getValue().get(0));
            } else {
                attrs.put(e.getKey(), Value.list(e.getValue()));
            }
        }
        return Value.openObject(attrs, why, origin);
    }
}
