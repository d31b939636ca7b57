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

/** GetProducts output: each PriceList string is a product document; units are converted to the catalog's exactly. */
class AwsQueryReaderTest {
    @TempDir
    Path tmp;

    @Test
    void lambdaRequestsArePricedPerMillionAndComputeKeepsItsTiers() {
        PriceImport.Result r = Samples.read("aws-getproducts-lambda.json");
        String src = "\taws-getproducts-lambda.json\t2025-10-30\tV";
        assertEquals(List.of(
                "lambda.gbs.arm\teu-west-1\tGB-second\t0.0000133334\t0" + src,
                "lambda.gbs.x86\tus-east-1\tGB-second\t0.0000166667\t0" + src,
                "lambda.gbs.x86\tus-east-1\tGB-second\t0.000015\t6000000000" + src,
                "lambda.gbs.x86\tus-east-1\tGB-second\t0.0000133334\t15000000000" + src,
                "lambda.requests\tus-east-1\t1M requests\t0.2\t0" + src), Samples.rows(r));
        assertEquals(List.of(
                "aws-getproducts-lambda.json: AWS Price List Query API GetProducts result (AWSLambda): 4 products read, 5 rows written",
                "aws-getproducts-lambda.json: skipped 1 product: Lambda: usage type 'Lambda-Edge-Request' (no catalog key)",
                "aws-getproducts-lambda.json: warning: NextToken is set: this is one page of the result; import the other pages too"
                        + " (aws pricing get-products pages through them)"), Samples.summary(r));
    }

    @Test
    void s3StorageClassesAndRequestsPerThousand() {
        PriceImport.Result r = Samples.read("aws-getproducts-s3.json");
        String src = "\taws-getproducts-s3.json\t2025-10-03\tV";
        assertEquals(List.of(
                "s3.deep-archive\teu-west-1\tGB-month\t0.0011\t0" + src,
                "s3.get\tus-east-1\t1K requests\t0.0004\t0" + src,
                "s3.put\tus-east-1\t1K requests\t0.005\t0" + src,
                "s3.standard\tus-east-1\tGB-month\t0.023\t0" + src,
                "s3.standard\tus-east-1\tGB-month\t0.022\t51200" + src,
                "s3.standard\tus-east-1\tGB-month\t0.021\t512000" + src,
                "s3.standard-ia\tus-east-1\tGB-month\t0.0125\t0" + src), Samples.rows(r));
        assertEquals(List.of(
                "aws-getproducts-s3.json: AWS Price List Query API GetProducts result (AmazonS3): 6 products read, 7 rows written",
                "aws-getproducts-s3.json: skipped 1 product: S3 storage: usage type 'TimedStorage-RRS-ByteHrs' (no catalog key)"), Samples.summary(r));
    }

    @Test
    void aRequestTierIsConvertedWithItsPrice() throws IOException {
        // A price per request from request 1,000,000 on is a price per 1M requests from 1 on.
        Path f = tmp.resolve("tiers.json");
        Files.writeString(f, "{\"PriceList\": [" + json("{\"product\":{\"sku\":\"S\",\"productFamily\":\"Serverless\",\"attributes\":{\"servicecode\":"
                + "\"AWSLambda\",\"usagetype\":\"Request\",\"regionCode\":\"us-east-1\"}},\"terms\":{\"OnDemand\":{\"S.T\":{\"offerTermCode\":\"T\","
                + "\"priceDimensions\":{\"S.T.1\":{\"unit\":\"Requests\",\"beginRange\":\"1000000\",\"pricePerUnit\":{\"USD\":\"0.00000012345\"}}}}}},"
                + "\"publicationDate\":\"2025-01-02T00:00:00Z\"}") + "]}");
        assertEquals(List.of("lambda.requests\tus-east-1\t1M requests\t0.12345\t1\ttiers.json\t2025-01-02\tV"), Samples.rows(PriceImport.read(List.of(f))));
    }

    @Test
    void problemsInsideAPriceListStringArePlacedInTheFile() throws IOException {
        Path f = tmp.resolve("bad.json");
        // line 3: the second entry; its terms.OnDemand member is a number, not a term object
        Files.writeString(f, "{\n  \"PriceList\": [\n    " + json("{\"product\":{\"sku\":\"A\"},\"terms\":{\"OnDemand\":{\"A.T\": 5}}}") + "\n  ]\n}\n");
        String text = Files.readString(f);
        int five = text.indexOf(" 5}") + 1;
        int column = five - (text.lastIndexOf('\n', five) + 1) + 1;
        assertEquals(69, column);
        assertEquals(List.of(f + ":3:69: error: \"A.T\" must be an object, not a number"), problems(f));

        Files.writeString(f, "{\"PriceList\": [\n" + json("{\"product\": }") + "]}");
        assertEquals(List.of(f + ":2:16: error: invalid JSON in the string: unexpected character '}', expected a value"), problems(f));
    }

    private static List<String> problems(Path f) {
        InputException e = assertThrows(InputException.class, () -> PriceImport.read(List.of(f)));
        return e.problems().stream().map(dev.cloudwright.core.Problem::format).toList();
    }

    /** A JSON string literal holding {@code text}. */
    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
