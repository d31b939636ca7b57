package dev.cloudwright.pricing.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cloudwright.core.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cloud Billing Catalog SKUs: keys under gcp., one row per region and tier, units + nanos read exactly. */
class GcpCatalogReaderTest {
    @TempDir
    Path tmp;

    @Test
    void skusGiveARowPerRegionAndTier() {
        PriceImport.Result r = Samples.read("gcp-skus.json");
        String src = "\tgcp-skus.json\t2025-09-01\tV";
        String egress = "gcp.compute-engine.network-internet-egress-from-americas-to-americas\t";
        assertEquals(List.of(
                "gcp.cloud-storage.standard-storage-us-multi-region\tus\tGiB-month\t0.026\t0" + src,
                "gcp.compute-engine.commitment-v1-cpu-in-belgium-for-1-year.commit1yr\teurope-west1\thour\t0.02176\t0" + src,
                "gcp.compute-engine.e2-instance-core-running-in-belgium\teurope-west1\thour\t0.024078\t0" + src,
                "gcp.compute-engine.e2-instance-ram-running-in-belgium\teurope-west1\tGiB-hour\t0.003227\t0" + src,
                egress + "us-central1\tGiB\t0\t0" + src,
                egress + "us-central1\tGiB\t0.12\t1" + src,
                egress + "us-central1\tGiB\t0.11\t1024" + src,
                egress + "us-central1\tGiB\t0.08\t10240" + src,
                egress + "us-east1\tGiB\t0\t0" + src,
                egress + "us-east1\tGiB\t0.12\t1" + src,
                egress + "us-east1\tGiB\t0.11\t1024" + src,
                egress + "us-east1\tGiB\t0.08\t10240" + src,
                "gcp.compute-engine.spot-preemptible-e2-instance-core-running-in-belgium.preemptible\teurope-west1\thour\t0.007223\t0" + src),
                Samples.rows(r));
        assertEquals(List.of(
                "gcp-skus.json: Google Cloud Billing Catalog SKU list (Cloud Storage, Compute Engine): 9 SKUs read, 13 rows written",
                "gcp-skus.json: skipped 1 SKU: a negative price (a discount or credit, not a list price)",
                "gcp-skus.json: skipped 1 SKU: currency EUR (the catalog is in US dollars; ask the API with currencyCode=USD)",
                "gcp-skus.json: skipped 1 SKU: usage unit 'TiBy' (no catalog measure for it)"), Samples.summary(r));
    }

    @Test
    void unitsAndNanosAreAddedExactly() throws IOException {
        Path f = tmp.resolve("exact.json");
        Files.writeString(f, "{\"skus\": [" + sku("12", 345678901) + "," + sku("0", 1) + "]}");
        assertEquals(List.of("gcp.compute-engine.x-0\tglobal\thour\t0.000000001\t0\texact.json\t2025-01-01\tV",
                "gcp.compute-engine.x-12\tglobal\thour\t12.345678901\t0\texact.json\t2025-01-01\tV"), Samples.rows(PriceImport.read(List.of(f))));
    }

    @Test
    void nanosOutOfRangeIsAnErrorAtTheValue() throws IOException {
        Path f = tmp.resolve("nanos.json");
        Files.writeString(f, "{\"skus\": [\n" + sku("1", -5) + "\n]}");
        InputException e = assertThrows(InputException.class, () -> PriceImport.read(List.of(f)));
        int column = Files.readAllLines(f).get(1).indexOf("-5") + 1;
        assertEquals(f + ":2:" + column + ": error: \"nanos\" must be below 10^9 in size and of the sign of \"units\"", e.problems().get(0).format());
    }

    private static String sku(String units, long nanos) {
        return "{\"skuId\": \"S-" + units + "\", \"description\": \"x " + units + "\", \"category\": {\"serviceDisplayName\": \"Compute Engine\","
                + " \"usageType\": \"OnDemand\"}, \"serviceRegions\": [], \"pricingInfo\": [{\"effectiveTime\": \"2025-01-01T00:00:00Z\","
                + " \"pricingExpression\": {\"usageUnit\": \"h\", \"tieredRates\": [{\"startUsageAmount\": 0, \"unitPrice\": {\"currencyCode\": \"USD\","
                + " \"units\": \"" + units + "\", \"nanos\": " + nanos + "}}]}}]}";
    }
}
