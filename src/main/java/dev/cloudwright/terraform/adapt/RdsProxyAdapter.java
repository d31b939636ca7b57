package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.InstanceCatalog;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * RDS Proxy with its target group and targets. The proxy is billed per vCPU-hour of the database instances it fronts, so
 * its size is the vCPUs of its targets: an instance's class, or every instance of a target cluster.
 */
@ResourceAdapter.Adapts(anchors = "aws_db_proxy", absorbs = {"aws_db_proxy_default_target_group", "aws_db_proxy_target", "aws_db_proxy_endpoint"},
        services = "aws.rds-proxy",
        summary = "RDS Proxy: engine family, TLS, IAM authentication, targets and their vCPUs (what the proxy is billed on)")
final class RdsProxyAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> proxies, Context ctx) {
        for (Res p : proxies) {
            Draft d = ctx.component(p, Role.DATABASE, "aws.rds-proxy");
            ctx.zonesFromSubnets(d, p.refs("vpc_subnet_ids"));
            d.set(Keys.ENCRYPTED_IN_TRANSIT, p.bool("require_tls"));
            d.set(Keys.PUBLIC_ENDPOINT, false, p.range()); // a proxy has VPC endpoints only
            for (Res r : p.refs("role_arn")) {
                ctx.support(r, "IAM role of " + p.address());
            }
            for (String t : new String[] {"aws_db_proxy_default_target_group", "aws_db_proxy_endpoint"}) {
                p.referrers(t, "db_proxy_name").forEach(r -> ctx.absorb(r, d));
            }
            Fact<String> family = p.str("engine_family");
            String protocol = switch (family.orElse("")) {
                case "MYSQL" -> "MySQL";
                case "POSTGRESQL" -> "PostgreSQL";
                case "SQLSERVER" -> "SQL Server";
                default -> "database";
            };
            int port = switch (family.orElse("")) {
                case "MYSQL" -> 3306;
                case "POSTGRESQL" -> 5432;
                case "SQLSERVER" -> 1433;
                default -> 0;
            };
            double vcpu = 0;
            String unknown = null;
            List<Res> targets = p.referrers("aws_db_proxy_target", "db_proxy_name");
            for (Res t : targets) {
                ctx.absorb(t, d);
                List<Res> dbs = new ArrayList<>(t.refs("db_instance_identifier"));
                for (Res cluster : t.refs("db_cluster_identifier")) {
                    dbs.addAll(cluster.referrers("aws_rds_cluster_instance", "cluster_identifier"));
                    ctx.link(p, cluster, Connection.Kind.TRAFFIC, protocol, port, true);
                }
                for (Res db : dbs) {
                    if (db.type().equals("aws_db_instance")) {
                        ctx.link(p, db, Connection.Kind.TRAFFIC, protocol, port, true);
                    }
                    Fact<String> cls = db.str("instance_class");
                    Double v = cls.known() ? vcpus(cls.value()) : null;
                    if (v == null) {
                        unknown = cls.known() && cls.value().equals("db.serverless")
                                ? "a target is Aurora Serverless v2, billed per ACU-hour used, which is not known offline"
                                : "the instance class of " + db.address() + " is not known offline";
                    } else {
                        vcpu += v;
                    }
                }
                if (dbs.isEmpty()) {
                    unknown = "the database behind " + t.address() + " is not in this configuration";
                }
            }
            if (targets.isEmpty()) {
                unknown = "the proxy has no aws_db_proxy_target: the database it fronts is not known";
            }
            if (unknown != null) {
                d.unresolved("vcpu", unknown);
            } else {
                d.vcpu = vcpu;
            }
        }
    }

    /** vCPUs of a DB instance class: its catalog entry, else the EC2 type of the same name. */
    private static Double vcpus(String cls) {
        for (String sku : new String[] {cls, cls.startsWith("db.") ? cls.substring(3) : cls}) {
            try {
                return InstanceCatalog.aws().get(sku).vcpu();
            } catch (IllegalArgumentException e) {
                // not this name
            }
        }
        return null;
    }
}
