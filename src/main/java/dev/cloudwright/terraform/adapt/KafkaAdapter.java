package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.List;

/** MSK clusters (broker type, brokers, broker storage) and MSK Serverless clusters. */
@ResourceAdapter.Adapts(anchors = {"aws_msk_cluster", "aws_msk_serverless_cluster"},
        absorbs = {"aws_msk_configuration", "aws_msk_scram_secret_association", "aws_msk_cluster_policy"},
        services = {"aws.msk", "aws.msk-serverless"},
        summary = "MSK cluster: broker type, number of brokers, storage per broker, zones, encryption; MSK Serverless cluster")
final class KafkaAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> all, Context ctx) {
        for (Res r : all) {
            boolean serverless = r.type().equals("aws_msk_serverless_cluster");
            Draft d = ctx.component(r, Role.STREAMING, serverless ? "aws.msk-serverless" : "aws.msk");
            if (serverless) {
                ctx.zonesFromSubnets(d, r.refs("vpc_config.subnet_ids"));
                continue;
            }
            d.sku(r.str("broker_node_group_info.instance_type"));
            d.count = r.integer("number_of_broker_nodes");
            Fact<Integer> perBroker = r.integer("broker_node_group_info.storage_info.ebs_storage_info.volume_size");
            if (perBroker.known() && d.count.known()) {
                d.storageGb = (double) perBroker.value() * d.count.value();
            } else if (perBroker.isUnknown()) {
                d.unresolved("storage", perBroker.reason());
            }
            ctx.zonesFromSubnets(d, r.refs("broker_node_group_info.client_subnets"));
            d.set(Keys.ENCRYPTED_IN_TRANSIT, r.str("encryption_info.encryption_in_transit.client_broker").map(t -> t.equals("TLS")));
            d.set(Keys.PUBLIC_ENDPOINT, r.str("broker_node_group_info.connectivity_info.public_access.type").map(t -> !t.equals("DISABLED"))
                    .or(Fact.defaulted(false, "connectivity_info.public_access is not set: brokers are reachable from the VPC only (DISABLED)")));
            d.defaulted(Keys.ENCRYPTED_AT_REST, true, "MSK always encrypts broker storage (with the AWS-managed aws/kafka key when no KMS key is given)");
            Aws.key(d, r, "encryption_info.encryption_at_rest_kms_key_arn", ctx);
            for (Res cfg : r.refs("configuration_info.arn")) {
                ctx.absorb(cfg, d);
            }
            for (String t : new String[] {"aws_msk_scram_secret_association", "aws_msk_cluster_policy"}) {
                for (Res a : r.referrers(t, "cluster_arn")) {
                    ctx.absorb(a, d);
                }
            }
        }
    }
}
