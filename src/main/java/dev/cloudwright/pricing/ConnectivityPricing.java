package dev.cloudwright.pricing;

import static dev.cloudwright.pricing.AwsCostModel.HOURS;
import static dev.cloudwright.pricing.Measure.GB;
import static dev.cloudwright.pricing.Measure.HOUR;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Usage;
import java.util.List;
import java.util.Optional;

/** Elastic IP addresses, VPC endpoints, transit gateway attachments and Site-to-Site VPN connections. */
final class ConnectivityPricing {
    private ConnectivityPricing() {}

    /** A public IPv4 address is billed by the hour, attached or idle. */
    static List<CostComponent> eip(Component c) {
        int n = c.sizing().countOr(1);
        return new Bill(c).add("Public IPv4 address hours (" + n + ")", PriceKeys.PUBLIC_IPV4, n * HOURS, HOUR).parts();
    }

    /** Interface endpoints: an hour per zone (one network interface per subnet) and GB processed; Gateway Load Balancer endpoints likewise. */
    static List<CostComponent> endpoint(Component c) {
        Bill b = new Bill(c);
        Optional<String> type = b.known(Keys.ENDPOINT_TYPE, "Interface");
        if (type.isEmpty()) {
            return b.add("Endpoint hours (endpoint type not known offline)", PriceKeys.notKnown(Keys.ENDPOINT_TYPE), 0, HOUR).parts();
        }
        if (type.get().equals("Gateway")) {
            return b.parts(); // gateway endpoints (S3, DynamoDB) have no charge
        }
        boolean gwlb = type.get().equals("GatewayLoadBalancer");
        int n = c.sizing().countOr(1);
        if (c.isUnknown(Keys.ZONE_COUNT)) {
            b.add("Endpoint hours (number of subnets not known offline)", PriceKeys.notKnown(Keys.ZONE_COUNT), 0, HOUR);
        } else {
            int zones = Math.max(1, c.valueOr(Keys.ZONE_COUNT, 1));
            b.add("Endpoint hours (" + type.get() + ", " + n * zones + " zone" + (n * zones == 1 ? "" : "s") + ")",
                    gwlb ? PriceKeys.GWLB_ENDPOINT_HOURS : PriceKeys.VPC_ENDPOINT_HOURS, n * zones * HOURS, HOUR);
        }
        return b.ifUsed("Data processed", gwlb ? PriceKeys.GWLB_ENDPOINT_GB : PriceKeys.VPC_ENDPOINT_GB, c.usage(Usage.PROCESSED_GB), GB).parts();
    }

    /** A transit gateway attachment: hours, and the GB the transit gateway processes from a VPC attachment. */
    static List<CostComponent> transitGateway(Component c) {
        Bill b = new Bill(c);
        boolean peering = "peering".equals(c.value(Keys.ATTACHMENT_TYPE));
        int n = c.sizing().countOr(1);
        b.add("Attachment hours (" + (peering ? "peering" : "VPC") + ", " + n + ")", peering ? PriceKeys.TGW_PEERING : PriceKeys.TGW_ATTACHMENT, n * HOURS, HOUR);
        return peering ? b.parts() : b.ifUsed("Data processed by the transit gateway", PriceKeys.TGW_GB, c.usage(Usage.PROCESSED_GB), GB).parts();
    }

    /** A Site-to-Site VPN connection: connection hours; on a transit gateway, its VPN attachment's hours and GB processed too. */
    static List<CostComponent> vpn(Component c) {
        Bill b = new Bill(c);
        int n = c.sizing().countOr(1);
        b.add("VPN connection hours (" + n + ")", PriceKeys.VPN_CONNECTION, n * HOURS, HOUR);
        if (c.isUnknown(Keys.TRANSIT_GATEWAY)) {
            b.add("Transit gateway attachment hours (not known offline)", PriceKeys.notKnown(Keys.TRANSIT_GATEWAY), 0, HOUR);
        } else if (c.isTrue(Keys.TRANSIT_GATEWAY)) {
            b.add("Transit gateway VPN attachment hours (" + n + ")", PriceKeys.TGW_VPN_ATTACHMENT, n * HOURS, HOUR);
            b.ifUsed("Data processed by the transit gateway", PriceKeys.TGW_VPN_GB, c.usage(Usage.PROCESSED_GB), GB);
        }
        return b.parts();
    }
}
