package dev.cloudwright.terraform.module;

import dev.cloudwright.terraform.config.ModuleConfig;
import dev.cloudwright.terraform.config.ProviderSchema;
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
 * {@code aws_iam_policy_document}, {@code aws_region} and {@code aws_partition}.
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
                }
                case "aws_partition" -> {
                    Value region = providerRegion(provider);
                    if (region instanceof Value.Str r) {
                        String partition = r.value().startsWith("cn-") ? "aws-cn" : r.value().startsWith("us-gov-") ? "aws-us-gov" : "aws";
                        attrs.put("partition", Value.str(partition));
                        attrs.put("id", Value.str(partition));
                        attrs.put("dns_suffix", Value.str(partition.equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com"));
                    }
                }
                default -> {
                }
            }
        }
        return Value.openObject(attrs, why, address);
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
