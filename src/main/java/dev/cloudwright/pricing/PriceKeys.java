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

    // ---------------------------------------------------------------- services read from Terraform (prices-services.tsv)
    public static final String EBS_GP3_IOPS = "ebs.gp3.iops";
    public static final String EBS_GP3_THROUGHPUT = "ebs.gp3.throughput";
    public static final String EBS_STANDARD_IO = "ebs.standard.io";
    public static final String EBS_SNAPSHOT = "ebs.snapshot";
    public static final String VPC_ENDPOINT_HOURS = "vpc.endpoint.interface";
    public static final String VPC_ENDPOINT_GB = "vpc.endpoint.interface.gb";
    public static final String GWLB_ENDPOINT_HOURS = "vpc.endpoint.gwlb";
    public static final String GWLB_ENDPOINT_GB = "vpc.endpoint.gwlb.gb";
    public static final String TGW_ATTACHMENT = "tgw.attachment.vpc";
    public static final String TGW_PEERING = "tgw.attachment.peering";
    public static final String TGW_GB = "tgw.gb.vpc";
    public static final String TGW_VPN_ATTACHMENT = "tgw.attachment.vpn";
    public static final String TGW_VPN_GB = "tgw.gb.vpn";
    public static final String VPN_CONNECTION = "vpn.connection";
    public static final String GWLB_HOURS = "elb.gwlb";
    public static final String GWLB_GLCU = "elb.gwlb.glcu";
    public static final String SFN_TRANSITIONS = "sfn.standard.transitions";
    public static final String SFN_EXPRESS_REQUESTS = "sfn.express.requests";
    public static final String SFN_EXPRESS_DURATION = "sfn.express.duration";
    public static final String KINESIS_SHARD = "kinesis.shard";
    public static final String KINESIS_PUT_UNITS = "kinesis.put-units";
    public static final String KINESIS_ON_DEMAND_STREAM = "kinesis.ondemand.stream";
    public static final String KINESIS_ON_DEMAND_IN = "kinesis.ondemand.in";
    public static final String KINESIS_ON_DEMAND_OUT = "kinesis.ondemand.out";
    public static final String KINESIS_EFO_SHARD = "kinesis.efo.consumer-shard";
    public static final String FIREHOSE_INGEST = "firehose.ingest";
    public static final String MSK_STORAGE = "msk.storage";
    public static final String MSK_SERVERLESS_CLUSTER = "msk.serverless.cluster";
    public static final String MSK_SERVERLESS_PARTITION = "msk.serverless.partition";
    public static final String MSK_SERVERLESS_STORAGE = "msk.serverless.storage";
    public static final String MSK_SERVERLESS_IN = "msk.serverless.in";
    public static final String MSK_SERVERLESS_OUT = "msk.serverless.out";
    public static final String EVENTBRIDGE_EVENTS = "eventbridge.events";
    public static final String EVENTBRIDGE_ARCHIVE_GB = "eventbridge.archive.processing";
    public static final String EVENTBRIDGE_ARCHIVE_STORAGE = "eventbridge.archive.storage";
    public static final String OPENSEARCH_IOPS = "opensearch.io1.iops";
    public static final String REDSHIFT_MANAGED_STORAGE = "redshift.managed-storage";
    public static final String EFS_THROUGHPUT = "efs.throughput";
    public static final String FSX_BACKUP = "fsx.backup";
    public static final String FSX_OPENZFS_IOPS = "fsx.openzfs.iops";
    public static final String ECR_STORAGE = "ecr.storage";
    public static final String AURORA_SERVERLESS_ACU = "aurora.serverless.acu";

    /** EBS storage by volume type as the provider names it ({@code gp2}, {@code io2}, {@code st1}...). */
    public static String ebsStorage(String volumeType) {
        return "ebs." + req(volumeType);
    }

    /** Provisioned IOPS of an io1 or io2 volume. */
    public static String ebsIops(String volumeType) {
        return "ebs." + req(volumeType) + ".iops";
    }

    /** Broker hours of an MSK broker type ({@code kafka.m7g.large}). */
    public static String mskBroker(String brokerType) {
        return "msk." + req(brokerType);
    }

    /** Instance hours of an OpenSearch (or Elasticsearch) instance type ({@code r6g.large.search}). */
    public static String opensearchInstance(String instanceType) {
        // An Elasticsearch-era name (m5.large.elasticsearch) is the same instance at the same price as its .search name.
        String t = req(instanceType);
        return "opensearch." + (t.endsWith(".elasticsearch") ? t.substring(0, t.length() - ".elasticsearch".length()) + ".search" : t);
    }

    /** OpenSearch EBS storage by volume type. */
    public static String opensearchStorage(String volumeType) {
        return "opensearch.storage." + req(volumeType);
    }

    /** Node hours of a Redshift node type ({@code ra3.xlplus}). */
    public static String redshiftNode(String nodeType) {
        return "redshift." + req(nodeType);
    }

    /** EFS storage by class: {@code standard}, {@code ia}, {@code archive}, {@code onezone}, {@code onezone-ia}. */
    public static String efsStorage(String storageClass) {
        return "efs." + req(storageClass);
    }

    /** FSx storage of a file system kind, storage type and deployment ({@code fsx.windows.ssd.multi-az}...). */
    public static String fsxStorage(String fileSystem, String storageType, String deployment) {
        return "fsx." + req(fileSystem) + "." + req(storageType) + "." + req(deployment);
    }

    /** FSx throughput capacity of a file system kind and deployment. */
    public static String fsxThroughput(String fileSystem, String deployment) {
        return "fsx." + req(fileSystem) + ".throughput." + req(deployment);
    }

    /** ElastiCache Serverless data stored and ECPUs by engine. */
    public static String cacheServerlessStorage(Engine engine) {
        return "elasticache.serverless.storage." + req(engine).token();
    }

    public static String cacheServerlessEcpu(Engine engine) {
        return "elasticache.serverless.ecpu." + req(engine).token();
    }

    // ---------------------------------------------------------------- keys with variants
    /** HTTPS requests billed in a price geography ({@code na}, {@code eu}). */
    public static String cloudfrontHttps(String geography) {
        return "cloudfront.https." + req(geography);
    }

    public static String lambdaCompute(Arch arch) {
        return "lambda.gbs." + req(arch).token();
    }

    /** Provisioned concurrency: GB-seconds configured, whether used or not. */
    public static String lambdaProvisioned(Arch arch) {
        return "lambda.provisioned." + req(arch).token();
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

    /** On-demand instance hours of an EC2 instance type running {@code os} ({@code linux}, {@code windows}, {@code rhel}, {@code suse}). */
    public static String ec2Instance(String instanceType, String os) {
        return req(os).equals("linux") ? ec2Instance(instanceType) : ec2Instance(instanceType) + "." + os;
    }

    public static String auroraInstance(Engine engine, String instanceClass) {
        return "aurora." + req(engine).token() + "." + req(instanceClass);
    }

    public static String auroraStorage(StorageConfig config) {
        return req(config) == StorageConfig.IO_OPTIMIZED ? "aurora.storage.iooptimized" : "aurora.storage";
    }

    public static String rdsInstance(Engine engine, String instanceClass, Deployment deployment) {
        return rdsInstance(req(engine).token(), instanceClass, deployment);
    }

    /** Instance hours by edition: an engine's token, or an edition and licence ({@code sqlserver-se}, {@code oracle-ee-byol}). */
    public static String rdsInstance(String edition, String instanceClass, Deployment deployment) {
        return "rds." + req(edition) + "." + req(instanceClass) + "." + az(deployment);
    }

    public static String rdsStorage(Deployment deployment) {
        return rdsStorage("gp3", deployment);
    }

    /** RDS storage of a volume type ({@code gp2}, {@code gp3}, {@code io1}, {@code io2}, {@code magnetic}). */
    public static String rdsStorage(String volumeType, Deployment deployment) {
        return "rds." + req(volumeType) + "." + az(deployment);
    }

    /** Provisioned IOPS of RDS storage (gp3 above its baseline; io1 and io2 all). */
    public static String rdsIops(String volumeType, Deployment deployment) {
        return "rds." + req(volumeType) + ".iops." + az(deployment);
    }

    /** gp3 throughput above its baseline. */
    public static String rdsThroughput(Deployment deployment) {
        return "rds.gp3.throughput." + az(deployment);
    }

    /** I/O requests of magnetic RDS storage. */
    public static final String RDS_MAGNETIC_IO = "rds.magnetic.io";

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
