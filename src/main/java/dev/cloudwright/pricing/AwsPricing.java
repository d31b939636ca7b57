package dev.cloudwright.pricing;

import static dev.cloudwright.pricing.PricedService.of;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every AWS service Cloudwright prices, each registered once. A service of {@code aws/services.tsv}
 * without an entry here is a defect ({@code PricingRegistryTest}); so is an entry for a service the
 * catalog does not have.
 */
final class AwsPricing {
    private AwsPricing() {}

    static final List<PricedService> SERVICES = List.of(
            // edge and DNS
            of("aws.cloudfront", EdgePricing::cloudfront),
            of("aws.route53", EdgePricing::route53),
            // load balancers and APIs
            of("aws.alb", BalancerPricing::alb),
            of("aws.nlb", BalancerPricing::nlb),
            of("aws.apigateway-http", BalancerPricing::httpApi),
            of("aws.apigateway-rest", BalancerPricing::restApi),
            of("aws.apigateway-websocket", BalancerPricing::webSocketApi),
            // compute
            of("aws.lambda", ComputePricing::lambda),
            of("aws.ecs-fargate", ComputePricing::fargate),
            of("aws.fargate-batch", ComputePricing::fargate),
            of("aws.eks", ComputePricing::eks),
            of("aws.ec2-asg", ComputePricing::fleet),
            PricedService.free("aws.ecs-ec2", "ECS on EC2 has no charge of its own: the container instances are priced as their Auto Scaling group"),
            of("aws.ec2", ComputePricing::instance),
            // databases and caches
            of("aws.aurora", DatabasePricing::aurora),
            of("aws.rds", DatabasePricing::rds),
            of("aws.rds-proxy", DatabasePricing::rdsProxy),
            of("aws.dynamodb", DatabasePricing::dynamodb),
            of("aws.elasticache", DatabasePricing::elasticache),
            // storage
            of("aws.s3", StoragePricing::s3),
            of("aws.backup", StoragePricing::backup),
            // network and messaging
            of("aws.vpc", NetworkPricing::vpc),
            of("aws.nat-gateway", NetworkPricing::nat),
            of("aws.sqs", NetworkPricing::sqs),
            of("aws.sns", NetworkPricing::sns),
            // security
            of("aws.waf", SecurityPricing::waf),
            of("aws.kms", SecurityPricing::kms),
            of("aws.secrets-manager", SecurityPricing::secrets),
            // monitoring and audit
            of("aws.cloudwatch", AuditPricing::cloudwatch),
            of("aws.cloudtrail", AuditPricing::cloudtrail),
            of("aws.guardduty", AuditPricing::guardduty),
            of("aws.config", AuditPricing::config),
            of("aws.security-hub", AuditPricing::securityHub),
            // read from Terraform only: storage
            of("aws.ebs", BlockStoragePricing::volume),
            of("aws.ebs-snapshot", BlockStoragePricing::snapshot),
            of("aws.efs", FileStoragePricing::efs),
            of("aws.fsx", FileStoragePricing::fsx),
            of("aws.ecr", FileStoragePricing::ecr),
            // network
            of("aws.eip", ConnectivityPricing::eip),
            of("aws.vpc-endpoint", ConnectivityPricing::endpoint),
            of("aws.transit-gateway", ConnectivityPricing::transitGateway),
            of("aws.vpn", ConnectivityPricing::vpn),
            of("aws.gwlb", BalancerPricing::gwlb),
            // workflows, streams and events
            of("aws.step-functions", StreamPricing::stepFunctions),
            of("aws.kinesis", StreamPricing::kinesis),
            of("aws.firehose", StreamPricing::firehose),
            of("aws.msk", StreamPricing::msk),
            of("aws.msk-serverless", StreamPricing::mskServerless),
            of("aws.eventbridge", StreamPricing::eventBus),
            // search, warehouse, serverless cache
            of("aws.opensearch", AnalyticsPricing::opensearch),
            of("aws.redshift", AnalyticsPricing::redshift),
            of("aws.elasticache-serverless", DatabasePricing::elasticacheServerless));

    private static final Map<String, PricedService> BY_ID = index();

    private static Map<String, PricedService> index() {
        Map<String, PricedService> m = new LinkedHashMap<>();
        for (PricedService s : SERVICES) {
            if (m.put(s.service(), s) != null) {
                throw new IllegalStateException("service " + s.service() + " is registered twice in AwsPricing.SERVICES");
            }
        }
        return Collections.unmodifiableMap(m);
    }

    static Optional<PricedService> find(String service) {
        return Optional.ofNullable(BY_ID.get(service));
    }
}
