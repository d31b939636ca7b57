package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.List;

/** OpenSearch (and legacy Elasticsearch) domains: data nodes, dedicated masters, EBS storage, zones, encryption. */
@ResourceAdapter.Adapts(anchors = {"aws_opensearch_domain", "aws_elasticsearch_domain"},
        absorbs = {"aws_opensearch_domain_policy", "aws_elasticsearch_domain_policy"},
        services = "aws.opensearch",
        summary = "OpenSearch domain: instance type and count, dedicated masters, EBS volume type and size per node, zone awareness, encryption")
final class SearchAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> domains, Context ctx) {
        for (Res r : domains) {
            Draft d = ctx.component(r, Role.ANALYTICS, "aws.opensearch");
            Fact<String> type = r.str("cluster_config.instance_type");
            if (type.isAbsent()) {
                d.unresolved("sku", "cluster_config.instance_type is not set: AWS picks the domain's default instance type");
            } else {
                d.sku(type);
            }
            Fact<Integer> count = r.integer("cluster_config.instance_count");
            d.count = count.isAbsent() ? Fact.defaulted(1, "cluster_config.instance_count is not set: one data node") : count;
            Fact<Boolean> masters = r.bool("cluster_config.dedicated_master_enabled");
            if (Fact.isTrue(masters)) {
                d.set(Keys.MASTER_TYPE, r.str("cluster_config.dedicated_master_type"));
                d.set(Keys.MASTER_COUNT, r.integer("cluster_config.dedicated_master_count"));
            } else if (masters.isUnknown()) {
                d.unknown(Keys.MASTER_COUNT, masters.reason(), masters.at());
            }
            Fact<Boolean> ebs = r.bool("ebs_options.ebs_enabled");
            Fact<Integer> size = r.integer("ebs_options.volume_size");
            if (Fact.isTrue(ebs) && size.known() && d.count.known()) {
                d.storageGb = (double) size.value() * d.count.value();
                d.set(Keys.STORAGE_TYPE, r.str("ebs_options.volume_type"));
                d.set(Keys.IOPS, r.integer("ebs_options.iops"));
            } else if (Fact.isTrue(ebs) && size.isUnknown()) {
                d.unresolved("storage", size.reason());
            }
            if (Fact.isTrue(r.bool("cluster_config.zone_awareness_enabled"))) {
                Aws.managedZones(d);
            }
            ctx.zonesFromSubnets(d, r.refs("vpc_options.subnet_ids"));
            if (r.blocks("vpc_options").isEmpty()) {
                d.defaulted(Keys.PUBLIC_ENDPOINT, true, "no vpc_options: the domain has a public endpoint, open to whatever its access policy allows");
            } else {
                d.set(Keys.PUBLIC_ENDPOINT, false, r.blocks("vpc_options").get(0).range());
            }
            ResourcePolicies.anonymous(r.attr("access_policies"), d, ctx);
            d.set(Keys.ENCRYPTED_AT_REST, r.bool("encrypt_at_rest.enabled"));
            d.set(Keys.ENCRYPTED_IN_TRANSIT, r.bool("node_to_node_encryption.enabled"));
            d.set(Keys.HTTPS_ONLY, r.bool("domain_endpoint_options.enforce_https"));
            d.set(Keys.MIN_TLS, r.str("domain_endpoint_options.tls_security_policy"));
            String policy = r.type().equals("aws_opensearch_domain") ? "aws_opensearch_domain_policy" : "aws_elasticsearch_domain_policy";
            for (Res p : r.referrers(policy, "domain_name")) {
                ctx.absorb(p, d);
                ResourcePolicies.anonymous(p.attr("access_policies"), d, ctx);
            }
        }
    }
}
