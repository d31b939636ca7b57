package dev.cloudwright.terraform.module;

import dev.cloudwright.terraform.config.ModuleConfig;
import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.hcl.Range;
import java.util.List;

/**
 * One instance of a resource or data source after expansion and evaluation.
 *
 * @param address    full address, e.g. {@code module.db["eu"].aws_rds_cluster.this[0]}
 * @param modulePath the module instance's address ({@code module.db["eu"]}), empty for the root module
 * @param value      the instance as an object: configured arguments and blocks, Unknown for the rest
 * @param dependsOn  addresses of the resource instances this one refers to or depends on, sorted
 */
public record ResourceInstance(
        String address,
        String modulePath,
        ModuleConfig.Mode mode,
        String type,
        String name,
        InstanceKey key,
        ProviderBinding provider,
        EvaluatedBody body,
        Value value,
        Range range,
        List<String> dependsOn) {

    public ResourceInstance {
        dependsOn = List.copyOf(dependsOn);
    }

    public boolean isData() {
        return mode == ModuleConfig.Mode.DATA;
    }
}
