package dev.cloudwright.pricing;

import dev.cloudwright.model.Arch;
import dev.cloudwright.model.Deployment;
import dev.cloudwright.model.Engine;
import dev.cloudwright.model.Key;
import dev.cloudwright.model.StorageConfig;
import dev.cloudwright.model.StorageTier;
import java.util.Objects;

/**
 * The keys of {@code aws/prices.tsv}, built in this one place from the model's vocabulary (enum
 * tokens: {@code rds.postgresql.db.m7g.large.multi}, {@code fargate.vcpu.arm}). Whoever needs a price
 * asks here rather than concatenating a key.
 */
public final class PriceKeys {
    private PriceKeys() {}

    /** Prefix of the keys of charges whose setting is not known offline; the catalog never has them. */
    public static final String NOT_KNOWN = "not-known:";
    static final String INTER_AZ = "ec2.inter-az";

    /** The key of a charge that depends on a setting (or sizing field) not known offline: never priced. */
    public static String notKnown(String field) {
        return NOT_KNOWN + field;
    }

    static String notKnown(Key<?> setting) {
        return notKnown(setting.name());
    }

    // ---------------------------------------------------------------- keys without variants
    public static final String INTERNET_EGRESS = "dt.internet";
    public static final String INTER_REGION = "dt.interregion";
    public static final String CLOUDFRONT_EGRESS = "cloudfront.dto.na-eu";
    public static final String ROUTE53_ZONE = "route53.zone";
    public static final String ROUTE53_HEALTH_CHECK = "route53.healthcheck.aws";
    public static final String ROUTE53_HEALTH_CHECK_OPTION = "route53.healthcheck.optional";
    public static final String ROUTE53_QUERIES = "route53.queries.standard";
    public static final String ALB_HOURS = "elb.alb";
    public static final String ALB_LCU = "elb.alb.lcu";
    public static final String NLB_HOURS = "elb.nlb";
    public static final String NLB_NLCU = "elb.nlb.nlcu";
    public static final String APIGATEWAY_HTTP_REQUESTS = "apigateway.http.requests";
    public static final String APIGATEWAY_REST_REQUESTS = "apigateway.rest.requests";
    public static final String APIGATEWAY_WEBSOCKET_MESSAGES = "apigateway.websocket.messages";
    public static final String APIGATEWAY_WEBSOCKET_MINUTES = "apigateway.websocket.connection-minutes";
    public static final String LAMBDA_REQUESTS = "lambda.requests";
    public static final String EKS_CLUSTER = "eks.cluster";
    public static final String EBS_GP3 = "ebs.gp3";
    /** Price ratio of I/O-Optimized to standard Aurora instances. */
    public static final String AURORA_IO_OPTIMIZED_RATIO = "aurora.iooptimized.factor";
    public static final String AURORA_IO = "aurora.io";
    public static final String AURORA_REPLICATED_WRITE_IO = "aurora.global.replicated-write-io";
    public static final String RDS_PROXY = "rds.proxy";
    public static final String DYNAMODB_READ = "dynamodb.read";
    public static final String DYNAMODB_WRITE = "dynamodb.write";
    public static final String DYNAMODB_REPLICATED_WRITE = "dynamodb.replicated-write";
    public static final String DYNAMODB_READ_CAPACITY = "dynamodb.provisioned.read";
    public static final String DYNAMODB_WRITE_CAPACITY = "dynamodb.provisioned.write";
    public static final String DYNAMODB_STORAGE = "dynamodb.storage";
    public static final String DYNAMODB_PITR = "dynamodb.pitr";
    public static final String S3_PUT = "s3.put";
    public static final String S3_GET = "s3.get";
    public static final String S3_RTC = "s3.rtc";
    public static final String SQS_REQUESTS = "sqs.standard";
    public static final String SNS_REQUESTS = "sns.requests";
    public static final String SNS_NOTIFICATIONS = "sns.notifications";
    public static final String NAT_HOURS = "vpc.nat";
    public static final String PUBLIC_IPV4 = "vpc.public-ipv4";
    public static final String NAT_GB = "vpc.nat.gb";
    public static final String VENDED_LOGS = "cloudwatch.vended-logs.ingest";
    public static final String WAF_WEB_ACL = "waf.webacl";
    public static final String WAF_RULE = "waf.rule";
    public static final String WAF_REQUESTS = "waf.requests";
    public static final String KMS_KEY = "kms.key";
    public static final String KMS_REQUESTS = "kms.requests";
    public static final String SECRET = "secretsmanager.secret";
    public static final String SECRETS_API = "secretsmanager.api";
    public static final String LOGS_INGEST = "cloudwatch.logs.ingest";
    public static final String LOGS_STORAGE = "cloudwatch.logs.storage";
    public static final String METRIC = "cloudwatch.metric";
    public static final String ALARM = "cloudwatch.alarm";
    public static final String DASHBOARD = "cloudwatch.dashboard";
    public static final String CLOUDTRAIL_DATA_EVENTS = "cloudtrail.data";
    public static final String GUARDDUTY_EVENTS = "guardduty.cloudtrail";
    public static final String GUARDDUTY_LOGS = "guardduty.logs";
    public static final String GUARDDUTY_RUNTIME = "guardduty.runtime.fargate";
    public static final String CONFIG_ITEM = "config.item";
    public static final String CONFIG_EVALUATION = "config.evaluation";
    public static final String SECURITY_HUB_CHECK = "securityhub.check";

    // ---------------------------------------------------------------- keys with variants
    /** HTTPS requests billed in a price geography ({@code na}, {@code eu}). */
    public static String cloudfrontHttps(String geography) {
        return "cloudfront.https." + req(geography);
    }

    public static String lambdaCompute(Arch arch) {
        return "lambda.gbs." + req(arch).token();
    }

    public static String fargateVcpu(Arch arch) {
        return "fargate.vcpu." + req(arch).token();
    }

    public static String fargateMemory(Arch arch) {
        return "fargate.gb." + req(arch).token();
    }

    /** Linux on-demand instance hours of an EC2 instance type ({@code m7g.large}). */
    public static String ec2Instance(String instanceType) {
        return "ec2." + req(instanceType);
    }

    public static String auroraInstance(Engine engine, String instanceClass) {
        return "aurora." + req(engine).token() + "." + req(instanceClass);
    }

    public static String auroraStorage(StorageConfig config) {
        return req(config) == StorageConfig.IO_OPTIMIZED ? "aurora.storage.iooptimized" : "aurora.storage";
    }

    public static String rdsInstance(Engine engine, String instanceClass, Deployment deployment) {
        return "rds." + req(engine).token() + "." + req(instanceClass) + "." + az(deployment);
    }

    public static String rdsStorage(Deployment deployment) {
        return "rds.gp3." + az(deployment);
    }

    public static String elasticacheNode(Engine engine, String nodeType) {
        return "elasticache." + req(engine).token() + "." + req(nodeType);
    }

    /** Backup storage of a service family's snapshots ({@code rds}, {@code aurora}, {@code dynamodb}...). */
    public static String backupStorage(String family) {
        return req(family) + ".backup";
    }

    public static String s3Storage(StorageTier tier) {
        switch (req(tier)) {
            case STANDARD:
                return "s3.standard";
            case INFREQUENT:
                return "s3.standard-ia";
            case ONE_ZONE_INFREQUENT:
                return "s3.onezone-ia";
            case AUTO_TIERING:
                return "s3.intelligent-tiering";
            case ARCHIVE_INSTANT:
                return "s3.glacier-ir";
            case ARCHIVE:
                return "s3.glacier-flexible";
            case DEEP_ARCHIVE:
                return "s3.deep-archive";
            default:
                throw new IllegalArgumentException("no S3 class for " + tier);
        }
    }

    private static String az(Deployment d) {
        return req(d) == Deployment.MULTI_AZ ? "multi" : "single";
    }

    private static <T> T req(T v) {
        return Objects.requireNonNull(v, "price key part");
    }
}
