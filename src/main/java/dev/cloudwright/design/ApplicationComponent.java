package dev.cloudwright.design;

import dev.cloudwright.model.Arch;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Protection;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Sizing;
import dev.cloudwright.model.Usage;

/** The application tier of one region: the chosen compute style, sized for the region's part. */
final class ApplicationComponent {
    /** Why designs run on x86 by default. */
    static final String X86 = "x86 until the application is built for arm64 (Graviton is priced under the optimisations)";

    private final Plan p;

    ApplicationComponent(Plan p) {
        this.p = p;
    }

    Component build(Site site) {
        ComputeOption c = p.compute();
        Sizing s = c.sizing();
        Component.Builder b = Component.builder(site.app, Role.COMPUTE, c.service(), name()).placement(site.here)
                .protection(Protection.atRest(null).inTransit());
        if (p.serverless()) {
            double gbSeconds = site.monthly * p.a().get("response_time_ms") / 1000.0 * s.memoryGb();
            int timeout = (int) Math.ceil(Math.min(ComputeSizer.API_TIMEOUT_SECONDS, p.req().workload().longestRequestSeconds() * 2));
            if (p.relational() != null && !p.relational().proxy()) {
                b.set(Keys.RESERVED_CONCURRENCY, p.relational().connectionBudget(), String.format(java.util.Locale.ROOT,
                        "one database connection per execution: reserved concurrency keeps them within %d%% of max_connections (%d) "
                                + "without a connection proxy", Math.round(DataSizer.CONNECTION_BUDGET * 100), p.relational().maxConnections()));
            }
            return b.sizing(s).set(Keys.ARCH, Arch.X86, X86)
                    .set(Keys.IN_VPC, p.vpcCompute(), p.vpcCompute() ? "it reaches a database or cache in the VPC" : "it reaches nothing in a VPC")
                    .set(Keys.TIMEOUT_SECONDS, timeout, "twice the longest request, within the API gateway's integration timeout")
                    .usage(Usage.REQUESTS, site.monthly).usage(Usage.GB_SECONDS, gbSeconds).build();
        }
        b.sizing(sized(s, site.profile)).set(Keys.SUBNETS, "private").set(Keys.ROLLOUT, rollout(c.service()), "what the bundled module deploys");
        int zones = site.here.zones().size();
        // Tasks spread over the zones; the database writer and the cache primary sit in one: the other zones' share of the
        // traffic to them crosses a zone boundary (a DynamoDB table is reached through its regional endpoint, not billed so).
        double kb = (p.relational() != null ? p.a().get("db_transfer_kb_per_request") : 0)
                + (p.cache() != null ? p.a().get("cache_transfer_kb_per_request") : 0);
        if (kb > 0 && zones > 1) {
            b.usage(Usage.INTER_AZ_GB, site.monthly * kb * (zones - 1) / zones / (1024.0 * 1024.0));
        }
        switch (c.service()) {
            case "aws.ecs-fargate" -> b.set(Keys.ARCH, Arch.X86, X86).set(Keys.ROLES, "task execution role and task role (least privilege)")
                    .set(Keys.CONTAINER_INSIGHTS, true, "the bundled module turns Container Insights on (cluster, service and task family metrics)");
            case "aws.eks" -> b.set(Keys.NODE_GROUPS, "managed node group across zones").set(Keys.POD_IDENTITY, "IAM roles for service accounts");
            default -> b.set(Keys.IMDSV2_REQUIRED, true).set(Keys.LAUNCH_TEMPLATE, "hardened AMI, encrypted EBS");
        }
        return b.build();
    }

    /** How the bundled module rolls out a new version of the service (defaults.tsv, shared with the writer's modules). */
    static String rollout(String service) {
        return dev.cloudwright.model.ProviderDefaults.value("rollout." + service);
    }

    /** A warm standby runs a share of the minimum; a pilot light runs nothing until failover. */
    private Sizing sized(Sizing s, Profile prof) {
        return switch (prof) {
            case WARM -> {
                int min = Math.max(1, (int) Math.ceil(s.min() * p.a().get("warm_standby_capacity")));
                yield s.toBuilder().count(min).min(min).shards(null).replicas(null).build();
            }
            case PILOT -> s.toBuilder().count(0).min(0).shards(null).replicas(null).scaling("scaled to zero until failover").build();
            default -> s;
        };
    }

    private String name() {
        return switch (p.compute().style()) {
            case SERVERLESS -> "Application functions";
            case KUBERNETES -> "Kubernetes cluster";
            case VMS -> "Application instances";
            default -> "Application service";
        };
    }
}
