package dev.cloudwright.terraform.write;

import static dev.cloudwright.terraform.write.Hcl.attr;
import static dev.cloudwright.terraform.write.Hcl.raw;
import static dev.cloudwright.terraform.write.RootModule.absent;
import static dev.cloudwright.terraform.write.RootModule.ref;
import static dev.cloudwright.terraform.write.RootModule.when;

import dev.cloudwright.model.Arch;
import dev.cloudwright.model.CapacityType;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.InstanceCatalog;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Sizing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The application of each region (containers, functions, Kubernetes or instances) and the nightly batch tasks. */
final class ComputeModules {
    private final RootModule m;
    private final AppDataAccess access;

    ComputeModules(RootModule m) {
        this.m = m;
        this.access = new AppDataAccess(m);
    }

    /** The application's environment variables in region {@code r} (its data endpoints), or null. */
    private Hcl.Expr data(String r) {
        return access.environment(r);
    }

    /** The port the load balancer forwards to: the design's connection from it, else the designer's usual port. */
    int appPort(String r) {
        for (Connection c : m.arch.connections()) {
            if (c.from().equals(r + ".alb") && c.port() > 0) {
                return c.port();
            }
        }
        return AwsFacts.integer("app.port");
    }

    /** The compute behind the region's load balancer (not the batch tasks). */
    Optional<Component> application(String r) {
        return m.all(r, Role.COMPUTE).stream().filter(c -> !c.service().equals("aws.fargate-batch")).findFirst();
    }

    /** One compute component, by the module that writes its service. */
    void compute(String r, Component c, boolean behindAlb) {
        String module = AwsFacts.module(c.service());
        if (module == null) {
            m.notes.add("Compute service " + c.service() + " of " + c.id() + " has no module yet; it is not written.");
            return;
        }
        String name = m.moduleName(c);
        Sizing s = c.sizing();
        // A standby's fleet takes the primary's size when it takes over (var.failover).
        Sizing p = m.find(m.primary, c.service()).map(Component::sizing).orElse(s);
        switch (module) {
            case "ecs-service" -> {
                m.call("compute", name, r, c, List.of(
                    ref("vpc_id", m.network(r, "vpc_id")),
                    ref("vpc_cidr", m.network(r, "vpc_cidr")),
                    ref("subnet_ids", m.network(r, "private_subnet_ids")),
                    ref("alb_security_group_id", "module.alb_" + m.part(r) + ".security_group_id"),
                    ref("target_group_arn", "module.alb_" + m.part(r) + ".target_group_arn"),
                    ref("container_image", "var.container_image"),
                    attr("container_port", appPort(r)),
                    attr("cpu", cpuUnits(s)),
                    attr("memory", memoryMib(s)),
                    attr("cpu_architecture", c.value(Keys.ARCH) == Arch.ARM ? "ARM64" : "X86_64"),
                    attr("desired_count", m.onFailover(r, s.countOr(1), p.countOr(1))),
                    attr("min_capacity", m.onFailover(r, s.min() == null ? s.countOr(1) : s.min(), p.min() == null ? p.countOr(1) : p.min())),
                    attr("max_capacity", Math.max(s.max() == null ? s.countOr(1) : s.max(), 1)),
                    data(r) == null ? absent("environment") : attr("environment", data(r)),
                    access.secrets(r) == null ? absent("secret_arns") : attr("secret_arns", access.secrets(r)),
                    ref("kms_key_arn", m.kms(c))));
                access.policy(r, "reverse(split(\"/\", module." + name + ".task_role_arn))[0]");
            }
            case "ecs-scheduled-task" -> m.call("compute", name, r, c, List.of(
                    ref("vpc_id", m.network(r, "vpc_id")),
                    ref("vpc_cidr", m.network(r, "vpc_cidr")),
                    ref("subnet_ids", m.network(r, "private_subnet_ids")),
                    ref("container_image", "var.batch_image"),
                    attr("cpu", cpuUnits(s)),
                    attr("memory", memoryMib(s)),
                    attr("cpu_architecture", c.value(Keys.ARCH) == Arch.ARM ? "ARM64" : "X86_64"),
                    attr("schedule_expression", AwsFacts.value("ecs-scheduled-task.schedule")),
                    attr("task_count", Math.max(1, s.max() == null ? 1 : s.max())),
                    attr("use_spot", c.value(Keys.CAPACITY) == CapacityType.SPOT),
                    ref("kms_key_arn", m.kms(c))));
            case "lambda-api" -> function(r, c, name);
            case "eks" -> m.call("compute", name, r, c, List.of(
                    ref("subnet_ids", m.network(r, "private_subnet_ids")),
                    attr("instance_types", Hcl.strings(List.of(s.sku() == null ? AwsFacts.value("eks.instance_type") : s.sku()))),
                    attr("desired_size", m.onFailover(r, s.countOr(2), p.countOr(2))),
                    attr("min_size", m.onFailover(r, s.min() == null ? s.countOr(2) : s.min(), p.min() == null ? p.countOr(2) : p.min())),
                    attr("max_size", Math.max(1, s.max() == null ? s.countOr(2) : s.max())),
                    ref("kms_key_arn", m.kms(c))));
            case "ec2-asg" -> {
                String type = s.sku() == null ? AwsFacts.value("ec2-asg.instance_type") : s.sku();
                m.call("compute", name, r, c, List.of(
                        ref("vpc_id", m.network(r, "vpc_id")),
                        ref("vpc_cidr", m.network(r, "vpc_cidr")),
                        ref("subnet_ids", m.network(r, "private_subnet_ids")),
                        attr("instance_type", type),
                        attr("min_size", m.onFailover(r, s.min() == null ? s.countOr(1) : s.min(), p.min() == null ? p.countOr(1) : p.min())),
                        attr("max_size", Math.max(1, s.max() == null ? s.countOr(1) : s.max())),
                        attr("desired_capacity", m.onFailover(r, s.countOr(1), p.countOr(1))),
                        when(behindAlb, attr("target_group_arns", new Hcl.ListX(List.of(raw("module.alb_" + m.part(r) + ".target_group_arn")), false))),
                        ref("alb_security_group_id", "module.alb_" + m.part(r) + ".security_group_id"),
                        attr("app_port", appPort(r)),
                        ref("kms_key_arn", m.kms(c)),
                        attr("architecture", instanceArch(type) == Arch.ARM ? "arm64" : "x86_64")));
            }
            default -> m.notes.add("Compute service " + c.service() + " of " + c.id() + " has no module yet; it is not written.");
        }
    }

    /** Functions behind an HTTP API; in the VPC's private subnets when the design puts them there. */
    private void function(String r, Component c, String name) {
        boolean vpc = c.isTrue(Keys.IN_VPC);
        // Behind a CDN the API has the origin name the CDN uses (and a name of this region's own for health checks),
        // with a certificate in its region; its execute-api endpoint is then disabled.
        boolean behindCdn = m.find(null, "aws.cloudfront").isPresent();
        String regional = "\"origin-" + r + ".${var.domain_name}\"";
        if (behindCdn) {
            m.call("compute", "certificate_" + name, "certificate", r, null, List.of(
                    attr("component_id", c.id()),
                    attr("domain_name", raw(NetworkEdge.ORIGIN_NAME)),
                    attr("subject_alternative_names", new Hcl.ListX(List.of(raw(regional)), false)),
                    attr("zone_id", raw("var.hosted_zone_id"))));
        }
        m.call("compute", name, r, c, List.of(
                attr("memory_mb", memoryMb(c)),
                attr("timeout_seconds", c.valueOr(Keys.TIMEOUT_SECONDS, AwsFacts.integer("lambda.timeout_seconds"))),
                attr("architecture", c.value(Keys.ARCH) == Arch.ARM ? "arm64" : "x86_64"),
                c.value(Keys.RESERVED_CONCURRENCY) != null ? attr("reserved_concurrency", c.value(Keys.RESERVED_CONCURRENCY)) : absent("reserved_concurrency"),
                vpc ? ref("vpc_id", m.network(r, "vpc_id")) : absent("vpc_id"),
                vpc ? ref("vpc_cidr", m.network(r, "vpc_cidr")) : absent("vpc_cidr"),
                vpc ? ref("subnet_ids", m.network(r, "private_subnet_ids")) : absent("subnet_ids"),
                data(r) == null ? absent("environment") : attr("environment", data(r)),
                access.secrets(r) == null ? absent("secret_arns") : attr("secret_arns", access.secrets(r)),
                ref("kms_key_arn", m.kms(c)),
                behindCdn ? attr("origin_domain_name", raw(NetworkEdge.ORIGIN_NAME)) : absent("origin_domain_name"),
                behindCdn ? attr("regional_domain_name", raw(regional)) : absent("regional_domain_name"),
                ref("certificate_arn", behindCdn ? "module.certificate_" + name + ".certificate_arn" : null),
                behindCdn ? attr("zone_id", raw("var.hosted_zone_id")) : absent("zone_id")));
        access.policy(r, "module." + name + ".role_name");
        if (behindCdn) {
            m.notes.add("The HTTP API in " + r + " answers on origin.DOMAIN (the CDN's origin, resolved by the origin_dns records) and on origin-"
                    + r + ".DOMAIN (its own name, for health checks and smoke tests), with certificates in " + r + "; its execute-api endpoint is disabled, so clients"
                    + " come through the CDN's name. The function must answer GET /health.");
        }
        m.output("api_endpoint_" + m.part(r), "HTTP API endpoint in " + r + (behindCdn ? " (disabled: the API answers on its origin names)." : "."),
                "module." + name + ".api_endpoint");
        if (m.find(r, "aws.waf").isPresent()) {
            m.notes.add("The design places a WAF in front of the API in " + r + ", but AWS WAF cannot be associated with an HTTP API; it is not"
                    + " created. Put CloudFront (with WAF) in front of the API, or use a REST API, to filter requests.");
        }
    }

    /** Fargate CPU units of a task (1024 per vCPU). */
    private static int cpuUnits(Sizing s) {
        return s.vcpu() == null || s.memoryGb() == null ? AwsFacts.integer("fargate.cpu_units") : (int) Math.round(s.vcpu() * 1024);
    }

    /** Fargate memory of a task in MiB. */
    private static int memoryMib(Sizing s) {
        return s.vcpu() == null || s.memoryGb() == null ? AwsFacts.integer("fargate.memory_mib") : (int) Math.round(s.memoryGb() * 1024);
    }

    /** A function's memory: its MEMORY_MB setting, else its sizing's memory. */
    private static int memoryMb(Component c) {
        Integer mb = c.value(Keys.MEMORY_MB);
        if (mb != null) {
            return mb;
        }
        Double gb = c.sizing().memoryGb();
        return gb == null ? AwsFacts.integer("lambda.memory_mb") : (int) Math.round(gb * 1024);
    }

    /** The processor architecture of an EC2 instance type, from the instance catalog; a type it does not list is an error, not a guess. */
    static Arch instanceArch(String type) {
        Optional<InstanceCatalog.InstanceType> t = InstanceCatalog.aws().family("ec2").stream().filter(i -> i.sku().equals(type)).findFirst();
        if (t.isPresent()) {
            return t.get().arch().equals("arm") ? Arch.ARM : Arch.X86;
        }
        throw new IllegalStateException("instance type " + type + " is not in instance-types.tsv: its architecture is not known");
    }

    /** The security groups of the region's compute, which the data stores admit. */
    List<Hcl.Expr> clientSecurityGroups(String r) {
        List<Hcl.Expr> out = new ArrayList<>();
        for (Component c : m.all(r, Role.COMPUTE)) {
            String name = "module." + m.moduleName(c);
            switch (c.service()) {
                case "aws.ecs-fargate", "aws.fargate-batch", "aws.ec2-asg" -> out.add(raw(name + ".security_group_id"));
                case "aws.eks" -> out.add(raw(name + ".cluster_security_group_id"));
                case "aws.lambda" -> {
                    if (c.isTrue(Keys.IN_VPC)) {
                        out.add(raw(name + ".security_group_id"));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }
}
