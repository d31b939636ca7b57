package dev.cloudwright.pricing.importer;

import dev.cloudwright.core.InputException;
import dev.cloudwright.core.JsonParser.JObject;
import dev.cloudwright.core.PathCheck;
import dev.cloudwright.core.Problem;
import dev.cloudwright.core.SourcePosition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads official price files into catalog rows (the columns of {@code aws/prices.tsv}), the format told from
 * the content: an AWS Price List bulk offer, an AWS Price List Query API GetProducts result, an Azure Retail
 * Prices API page, or a Google Cloud Billing Catalog SKU list. AWS products are priced under the catalog's own
 * keys ({@link AwsMapping}); Azure and Google Cloud prices under keys of their own ({@link AzureRetailReader},
 * {@link GcpCatalogReader}). A malformed file is an {@link InputException} at the line and column of the fault;
 * rows are only produced when every file reads.
 */
public final class PriceImport {
    /** Files larger than this many bytes are refused (the whole file is parsed in memory). */
    static final String MAX_BYTES_PROPERTY = "cloudwright.maxImportBytes";
    static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

    private PriceImport() {}

    /** The rows of an import, sorted by key, region and tier, and its summary lines (for standard error). */
    public record Result(List<String> rows, List<String> summary) {
        /** The rows as a catalog file: a comment naming the inputs, the header, one line per row. */
        public String tsv() {
            StringBuilder b = new StringBuilder();
            b.append("# Catalog rows imported by 'cloudwright prices import' from official price files; each row's source_url names its file.\n");
            b.append(CatalogRow.HEADER).append('\n');
            rows.forEach(r -> b.append(r).append('\n'));
            return b.toString();
        }
    }

    /** Reads every file; all problems (one per file at most) are reported together. */
    public static Result read(List<Path> files) {
        RowSet rows = new RowSet();
        List<ImportLog> logs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                logs.add(readFile(f, rows));
            } catch (InputException e) {
                problems.addAll(e.problems());
            } catch (OutOfMemoryError e) {
                // The document tree of a large offer file takes about fifteen times the file's size.
                problems.add(new Problem(new SourcePosition(f.toString(), 0, 0), "not enough memory to read the file (give Java more,"
                        + " e.g. JAVA_TOOL_OPTIONS=-Xmx8g, or import a regional offer file or a filtered GetProducts result)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<String> out = rows.rows().stream().map(CatalogRow::tsv).toList();
        List<String> summary = new ArrayList<>();
        logs.forEach(l -> summary.addAll(l.lines()));
        return new Result(out, summary);
    }

    private static ImportLog readFile(Path f, RowSet rows) {
        String name = f.toString();
        String text = text(f);
        Doc doc = Doc.parse(name, text);
        if (!(doc.root instanceof JObject root)) {
            throw doc.error(doc.root, notAPriceFile());
        }
        String source = f.getFileName() == null ? name : f.getFileName().toString();
        ImportLog log;
        if (AwsOfferReader.reads(root)) {
            log = new ImportLog(name, "products");
            AwsOfferReader.read(doc, source, rows, log);
        } else if (AwsQueryReader.reads(root)) {
            log = new ImportLog(name, "products");
            AwsQueryReader.read(doc, text, source, rows, log);
        } else if (AzureRetailReader.reads(root)) {
            log = new ImportLog(name, "items");
            AzureRetailReader.read(doc, source, rows, log);
        } else if (GcpCatalogReader.reads(root)) {
            log = new ImportLog(name, "SKUs");
            GcpCatalogReader.read(doc, source, rows, log);
        } else if (root.get("offers") != null || root.get("regions") != null) {
            throw doc.error(root, "this is an AWS Price List index file; import the offer files it lists (their currentVersionUrl)");
        } else {
            throw doc.error(root, notAPriceFile());
        }
        return log;
    }

    private static String notAPriceFile() {
        return "not a price file this import reads: expected an AWS Price List bulk offer (offerCode, products, terms),"
                + " a GetProducts result (PriceList), an Azure Retail Prices page (Items) or a Cloud Billing SKU list (skus)";
    }

    private static String text(Path f) {
        String name = f.toString();
        String missing = PathCheck.problem(f);
        if (missing != null) {
            throw new InputException(new SourcePosition(name, 0, 0), missing);
        }
        if (Files.isDirectory(f)) {
            throw new InputException(new SourcePosition(name, 0, 0), "a directory, not a price file");
        }
        long max = Long.getLong(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES);
        try {
            long size = Files.size(f);
            if (size > max) {
                throw new InputException(new SourcePosition(name, 0, 0), "file is " + size + " bytes, over the " + max
                        + "-byte limit for a price file (-D" + MAX_BYTES_PROPERTY + "=BYTES raises it; a regional offer file or a"
                        + " filtered GetProducts result is smaller)");
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(f))).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputException(new SourcePosition(name, 0, 0), "not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(new SourcePosition(name, 0, 0), "cannot read the file: " + e.getMessage());
        }
    }
}
