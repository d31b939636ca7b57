package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.List;

/** Redshift provisioned clusters: node type and number of nodes, encryption, snapshots. */
@ResourceAdapter.Adapts(anchors = "aws_redshift_cluster", absorbs = {"aws_redshift_parameter_group", "aws_redshift_subnet_group"},
        services = "aws.redshift",
        summary = "Redshift cluster: node type, number of nodes, encryption, automated snapshot retention")
final class WarehouseAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> clusters, Context ctx) {
        for (Res r : clusters) {
            Draft d = ctx.component(r, Role.ANALYTICS, "aws.redshift");
            d.sku(r.str("node_type"));
            Fact<Integer> nodes = r.integer("number_of_nodes");
            d.count = nodes.isAbsent() ? Fact.defaulted(1, "number_of_nodes is not set: a single-node cluster (provider default 1)") : nodes;
            d.set(Keys.ENCRYPTED_AT_REST, r.bool("encrypted"));
            d.set(Keys.PUBLIC_ENDPOINT, r.bool("publicly_accessible"));
            d.set(Keys.BACKUP_RETENTION_DAYS, r.integer("automated_snapshot_retention_period"));
            Fact<String> az = r.str("availability_zone");
            if (az.known()) {
                d.zones.add(az.value());
            }
            for (String arg : new String[] {"cluster_parameter_group_name", "cluster_subnet_group_name"}) {
                for (Res g : r.refs(arg)) {
                    ctx.absorb(g, d);
                }
            }
        }
    }
}
