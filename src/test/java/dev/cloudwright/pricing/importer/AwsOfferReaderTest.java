package dev.cloudwright.pricing.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** AWS Price List bulk offer files: the products the catalog prices get its keys; the others are counted by reason. */
class AwsOfferReaderTest {

    @Test
    void ec2InstancesNatTransferAndStorageGetTheCatalogKeys() {
        PriceImport.Result r = Samples.read("aws-offer-ec2.json");
        String src = "\taws-offer-ec2.json\t2025-08-01\tV";
        assertEquals(List.of(
                "dt.internet\tus-east-1\tGB\t0.09\t0" + src,
                "dt.internet\tus-east-1\tGB\t0.085\t10240" + src,
                "dt.internet\tus-east-1\tGB\t0.07\t51200" + src,
                "dt.internet\tus-east-1\tGB\t0.05\t153600" + src,
                "dt.interregion\tus-east-1\tGB\t0.02\t0" + src,
                "ebs.gp3\teu-west-1\tGB-month\t0.088\t0" + src,
                "ec2.inter-az\tus-east-1\tGB\t0.01\t0" + src,
                "ec2.m7g.large\teu-west-1\thour\t0.091\t0" + src,
                "ec2.m7g.large\tus-east-1\thour\t0.0816\t0" + src,
                "ec2.m7g.large.reserved.1yr.standard.all-upfront\tus-east-1\thour\t0\t0" + src,
                "ec2.m7g.large.reserved.1yr.standard.all-upfront.upfront\tus-east-1\tyear\t450\t0" + src,
                "ec2.m7g.large.reserved.1yr.standard.no-upfront\tus-east-1\thour\t0.0514\t0" + src,
                "vpc.nat\tus-east-1\thour\t0.045\t0" + src,
                "vpc.nat.gb\tus-east-1\tGB\t0.045\t0" + src), Samples.rows(r));
        assertEquals(List.of(
                "aws-offer-ec2.json: AWS Price List bulk offer AmazonEC2 (version 20250801120000, published 2025-08-01): 14 products read, 14 rows written",
                "aws-offer-ec2.json: skipped 1 product: EC2: capacity status 'UnusedCapacityReservation' (the catalog prices Used)",
                "aws-offer-ec2.json: skipped 1 product: EC2: operating system 'Windows' (the catalog prices Linux)",
                "aws-offer-ec2.json: skipped 1 product: EC2: tenancy 'Dedicated' (the catalog prices Shared)",
                "aws-offer-ec2.json: skipped 1 product: location type 'AWS Local Zone' (only AWS Regions are in the catalog)",
                "aws-offer-ec2.json: skipped 1 product: product family 'Storage Snapshot' (no catalog key)",
                "aws-offer-ec2.json: skipped 1 price: a lower price where the highest is kept"), Samples.summary(r));
    }

    @Test
    void notesNameTheOfferTheSkuAndTheRate() {
        PriceImport.Result r = Samples.read("aws-offer-ec2.json");
        assertEquals("ec2.m7g.large\tus-east-1\thour\t0.0816\t0\taws-offer-ec2.json\t2025-08-01\tV\tAmazonEC2 20250801120000 sku 8D82FZE3BZ85J6GV"
                + " rate 8D82FZE3BZ85J6GV.JRTCKXETXF.6YS6EN2CT7: $0.0816 per On Demand Linux m7g.large Instance Hour", r.rows().get(8));
        assertEquals("dt.interregion\tus-east-1\tGB\t0.02\t0\taws-offer-ec2.json\t2025-08-01\tV\tAmazonEC2 20250801120000 sku 6J5GE4E4AMAZN3WB"
                + " rate 6J5GE4E4AMAZN3WB.JRTCKXETXF.6YS6EN2CT7: $0.02 per GB - US East (Northern Virginia) data transfer to EU (Ireland);"
                + " the highest of 2 prices (lowest 0.01, sku C8TBQKEUZ3W2X4RY)", r.rows().get(4),
                "transfer to another region keeps the highest destination price and says what the lowest was");
    }

    @Test
    void rdsInstancesPerEngineAndDeployment() {
        PriceImport.Result r = Samples.read("aws-offer-rds.json");
        String src = "\taws-offer-rds.json\t2025-08-05\tV";
        assertEquals(List.of(
                "aurora.postgresql.db.r7g.large\tus-east-1\thour\t0.276\t0" + src,
                "rds.mysql.db.t4g.micro.single\teu-west-1\thour\t0.017\t0" + src,
                "rds.postgresql.db.m7g.large.multi\tus-east-1\thour\t0.337\t0" + src,
                "rds.postgresql.db.m7g.large.single\tus-east-1\thour\t0.168\t0" + src,
                "rds.postgresql.db.m7g.large.single.reserved.1yr.standard.no-upfront\tus-east-1\thour\t0.116\t0" + src), Samples.rows(r));
        assertEquals(List.of(
                "aws-offer-rds.json: AWS Price List bulk offer AmazonRDS (version 20250805093000, published 2025-08-05): 7 products read, 5 rows written",
                "aws-offer-rds.json: skipped 1 product: Aurora: usage type 'InstanceUsageIOOptimized' (the catalog prices standard instances;"
                        + " I/O-Optimized is a ratio, aurora.iooptimized.factor)",
                "aws-offer-rds.json: skipped 1 product: RDS: deployment 'Multi-AZ (readable standbys)' (the catalog prices Single-AZ and Multi-AZ"
                        + " with one standby)",
                "aws-offer-rds.json: skipped 1 product: RDS: engine 'Oracle' (the catalog prices PostgreSQL, MySQL and MariaDB; edition and licence"
                        + " are not in its keys)"), Samples.summary(r));
    }

    @Test
    void fargateVcpuAndMemoryPerArchitecture() {
        PriceImport.Result r = Samples.read("aws-offer-ecs.json");
        String src = "\taws-offer-ecs.json\t2025-10-27\tV";
        assertEquals(List.of(
                "fargate.gb.arm\teu-central-1\tGB-hour\t0.00409\t0" + src,
                "fargate.gb.x86\teu-central-1\tGB-hour\t0.00511\t0" + src,
                "fargate.vcpu.arm\teu-central-1\tvCPU-hour\t0.03725\t0" + src,
                "fargate.vcpu.x86\teu-central-1\tvCPU-hour\t0.04656\t0" + src), Samples.rows(r));
        assertEquals(List.of(
                "aws-offer-ecs.json: AWS Price List bulk offer AmazonECS (version 20251027154500, published 2025-10-27): 6 products read, 4 rows written",
                "aws-offer-ecs.json: skipped 1 product: Fargate: usage type 'Fargate-Windows-vCPU-Hours:perCPU' (no catalog key)",
                "aws-offer-ecs.json: skipped 1 product: Fargate: usage type 'SpotUsage-Fargate-vCPU-Hours:perCPU' (no catalog key)"), Samples.summary(r));
    }

    @Test
    void importedPricesMatchTheBundledCatalogWhereTheyAgree() {
        // The sample prices are the bundled ones where the catalog has them: the keys and units line up.
        var bundled = dev.cloudwright.pricing.PriceCatalog.aws();
        for (String row : Samples.read("aws-offer-ec2.json", "aws-offer-ecs.json", "aws-getproducts-lambda.json").rows()) {
            String[] c = row.split("\t");
            bundled.find(c[0], c[1]).filter(q -> !q.substitute()).ifPresent(q -> assertEquals(q.price().unit(), c[2], row));
        }
    }
}
