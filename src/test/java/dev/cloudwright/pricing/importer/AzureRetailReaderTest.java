package dev.cloudwright.pricing.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Azure Retail Prices pages: keys under azure. from service, product, sku and meter; units and tiers as given. */
class AzureRetailReaderTest {

    @Test
    void consumptionAndReservationPricesGetDerivedKeys() {
        PriceImport.Result r = Samples.read("azure-retail.json");
        String src = "\tazure-retail.json\t";
        assertEquals(List.of(
                "azure.bandwidth.rtn-preference-mgn.standard.standard-data-transfer-out\tglobal\tGB\t0\t0" + src + "2023-04-01\tV",
                "azure.bandwidth.rtn-preference-mgn.standard.standard-data-transfer-out\tglobal\tGB\t0.087\t100" + src + "2023-04-01\tV",
                "azure.storage.general-block-blob-v2.hot-lrs.hot-lrs-data-stored\twesteurope\tGB-month\t0.0184\t0" + src + "2023-06-01\tV",
                "azure.storage.general-block-blob-v2.hot-lrs.hot-lrs-data-stored\twesteurope\tGB-month\t0.0177\t51200" + src + "2023-06-01\tV",
                "azure.storage.general-block-blob-v2.hot-lrs.hot-lrs-write-operations\twesteurope\t10K count\t0.065\t0" + src + "2023-06-01\tV",
                "azure.virtual-machines.virtual-machines-dv5-series.d2-v5\twesteurope\thour\t0.096\t0" + src + "2021-11-01\tV",
                "azure.virtual-machines.virtual-machines-dv5-series.d2-v5-spot\twesteurope\thour\t0.0192\t0" + src + "2021-11-01\tV",
                "azure.virtual-machines.virtual-machines-dv5-series.d2-v5.reservation.3-years\twesteurope\t3 year\t1510\t0" + src + "2022-01-01\tV"),
                Samples.rows(r));
        assertEquals("azure.virtual-machines.virtual-machines-dv5-series.d2-v5.reservation.3-years\twesteurope\t3 year\t1510\t0\tazure-retail.json"
                + "\t2022-01-01\tV\tAzure Virtual Machines / Virtual Machines Dv5 Series / D2 v5 / D2 v5, per 1 Hour, reservation: the price of the"
                + " whole term (3 Years); meterId 3e1b8a5e-6c2b-5b8f-9e35-8a1d7d9f2c10", r.rows().get(7));
        assertEquals(List.of(
                "azure-retail.json: Azure Retail Prices API page: 12 items read, 8 rows written",
                "azure-retail.json: skipped 1 item: currency EUR (the catalog is in US dollars; ask the API with currencyCode='USD')",
                "azure-retail.json: skipped 1 item: not the meter's primary region (isPrimaryMeterRegion false: the same meter is priced in its"
                        + " primary region)",
                "azure-retail.json: skipped 1 item: type 'DevTestConsumption' (the catalog holds Consumption and Reservation prices)",
                "azure-retail.json: skipped 1 item: unit '1 TB/Month' (no catalog measure for it)",
                "azure-retail.json: warning: NextPageLink is set: this is one page of the result; import the other pages too"
                        + " (https://prices.azure.com:443/api/retail/prices?$filter=armRegionName%20eq%20%27westeurope%27&$skip=100)"),
                Samples.summary(r));
    }

    @Test
    void unitsOfMeasureBecomeCatalogUnits() {
        assertEquals("hour", AzureRetailReader.unit("1 Hour"));
        assertEquals("hour", AzureRetailReader.unit("1/Hour"));
        assertEquals("100 hour", AzureRetailReader.unit("100 Hours"));
        assertEquals("GB-month", AzureRetailReader.unit("1 GB/Month"));
        assertEquals("100 GB-month", AzureRetailReader.unit("100 GB/Month"));
        assertEquals("GB", AzureRetailReader.unit("1 GB"));
        assertEquals("GiB-hour", AzureRetailReader.unit("1 GiB Hour"));
        assertEquals("month", AzureRetailReader.unit("1/Month"));
        assertEquals("10K count", AzureRetailReader.unit("10K"));
        assertEquals("1M count", AzureRetailReader.unit("1M"));
        assertEquals("10K count", AzureRetailReader.unit("10,000"));
        assertEquals("count", AzureRetailReader.unit("1"));
        assertNull(AzureRetailReader.unit("1 TB/Month"));
        assertNull(AzureRetailReader.unit("1 Day"));
        assertNull(AzureRetailReader.unit("0 Hour"));
    }

    @Test
    void keyPartsAreSlugs() {
        assertEquals("virtual-machines-dv5-series", KeyText.slug("Virtual Machines Dv5 Series"));
        assertEquals("rtn-preference-mgn", KeyText.slug("Rtn Preference: MGN"));
        assertEquals("sao-paulo", KeyText.slug(" São Paulo "));
        assertEquals("none", KeyText.slug("—"));
    }
}
