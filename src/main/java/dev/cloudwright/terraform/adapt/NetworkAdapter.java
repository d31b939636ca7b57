package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.BillingParts;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A VPC with its subnets, routing, gateways, endpoints and flow logs. */
@ResourceAdapter.Adapts(anchors = "aws_vpc",
        absorbs = {"aws_subnet", "aws_internet_gateway", "aws_egress_only_internet_gateway", "aws_route_table", "aws_route", "aws_route_table_association",
            "aws_main_route_table_association", "aws_vpc_endpoint", "aws_vpc_endpoint_route_table_association", "aws_flow_log", "aws_default_security_group",
            "aws_default_network_acl", "aws_default_route_table", "aws_network_acl", "aws_network_acl_rule", "aws_network_acl_association",
            "aws_vpc_dhcp_options", "aws_vpc_dhcp_options_association", "aws_vpc_ipv4_cidr_block_association"},
        services = "aws.vpc",
        summary = "VPC: CIDR, public and private subnets per zone, internet gateway, endpoints, flow logs")
final class NetworkAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> vpcs, Context ctx) {
        for (Res vpc : vpcs) {
            Draft d = ctx.component(vpc, Role.NETWORK, "aws.vpc");
            d.set(Keys.CIDR, vpc.str("cidr_block"));
            List<Res> subnets = vpc.referrers("aws_subnet", "vpc_id");
            ctx.zonesFromSubnets(d, subnets);
            Set<String> gateways = new TreeSet<>();
            for (Res igw : vpc.referrers("aws_internet_gateway", "vpc_id")) {
                ctx.absorb(igw, d);
                gateways.add(igw.address());
            }
            for (Res igw : vpc.referrers("aws_egress_only_internet_gateway", "vpc_id")) {
                ctx.absorb(igw, d);
            }
            if (gateways.isEmpty()) {
                d.defaulted(Keys.INTERNET_GATEWAY, false, "no aws_internet_gateway in this configuration is attached to the VPC");
            } else {
                d.set(Keys.INTERNET_GATEWAY, true, vpc.referrers("aws_internet_gateway", "vpc_id").get(0).range());
            }
            List<Res> tables = new ArrayList<>(vpc.referrers("aws_route_table", "vpc_id"));
            tables.addAll(vpc.referrers("aws_default_route_table", "default_route_table_id"));
            Set<String> publicTables = new TreeSet<>();
            for (Res t : tables) {
                ctx.absorb(t, d);
                boolean toIgw = false;
                for (var route : t.blocks("route")) {
                    toIgw |= t.refs(route.body(), "gateway_id").stream().anyMatch(g -> gateways.contains(g.address()));
                }
                for (Res route : t.referrers("aws_route", "route_table_id")) {
                    ctx.absorb(route, d);
                    toIgw |= route.refs("gateway_id").stream().anyMatch(g -> gateways.contains(g.address()));
                }
                if (toIgw) {
                    publicTables.add(t.address());
                }
            }
            int pub = 0;
            int priv = 0;
            boolean unknownCount = false;
            for (Res s : subnets) {
                ctx.absorb(s, d);
                unknownCount |= s.instance.key() instanceof dev.cloudwright.terraform.module.InstanceKey.Unknown;
                boolean isPublic = Fact.isTrue(s.bool("map_public_ip_on_launch"));
                for (Res a : s.referrers("aws_route_table_association", "subnet_id")) {
                    ctx.absorb(a, d);
                    isPublic |= a.refs("route_table_id").stream().anyMatch(t -> publicTables.contains(t.address()));
                }
                if (isPublic) {
                    pub++;
                } else {
                    priv++;
                }
            }
            d.set(Keys.SUBNETS, subnets.isEmpty() ? "none" : (unknownCount ? "at least " : "") + pub + " public, " + priv + " private"
                    + (unknownCount ? " (the number of some subnets is not known offline)" : ""), subnets.isEmpty() ? vpc.range() : subnets.get(0).range());
            List<String> gatewayEndpoints = new ArrayList<>();
            List<String> interfaceEndpoints = new ArrayList<>();
            for (Res e : vpc.referrers("aws_vpc_endpoint", "vpc_id")) {
                ctx.absorb(e, d);
                String service = e.str("service_name").orElse("?");
                String[] parts = service.split("\\.");
                String shortName = parts.length > 3 ? String.join(".", java.util.Arrays.copyOfRange(parts, 3, parts.length)) : service;
                if ("Gateway".equalsIgnoreCase(e.str("vpc_endpoint_type").orElse("Gateway"))) {
                    gatewayEndpoints.add(shortName);
                } else {
                    interfaceEndpoints.add(shortName);
                }
            }
            List<Res> endpoints = vpc.referrers("aws_vpc_endpoint", "vpc_id");
            var endpointsAt = endpoints.isEmpty() ? vpc.range() : endpoints.get(0).range();
            d.set(Keys.GATEWAY_ENDPOINTS, List.copyOf(new TreeSet<>(gatewayEndpoints)), endpointsAt);
            d.set(Keys.INTERFACE_ENDPOINTS, List.copyOf(new TreeSet<>(interfaceEndpoints)), endpointsAt);
            List<String> logs = new ArrayList<>();
            for (Res f : vpc.referrers("aws_flow_log", "vpc_id")) {
                ctx.absorb(f, d);
                d.pays(BillingParts.FLOW_LOGS, f.address(), 1);
                logs.add(f.str("traffic_type").orElse("?") + " traffic to " + f.str("log_destination_type").orElse("cloud-watch-logs"));
            }
            if (logs.isEmpty()) {
                d.defaulted(Keys.FLOW_LOGS, "none", "no aws_flow_log: VPC traffic is not logged unless flow logs are created");
            } else {
                d.set(Keys.FLOW_LOGS, String.join("; ", logs), vpc.referrers("aws_flow_log", "vpc_id").get(0).range());
            }
            for (String t : new String[] {"aws_default_security_group", "aws_default_network_acl", "aws_network_acl"}) {
                for (Res r : vpc.referrers(t, t.equals("aws_default_network_acl") ? "default_network_acl_id" : "vpc_id")) {
                    ctx.absorb(r, d);
                }
            }
        }
    }
}
