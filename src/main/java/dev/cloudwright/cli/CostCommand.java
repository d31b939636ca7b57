package dev.cloudwright.cli;

import dev.cloudwright.core.PathCheck;
import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.SourceResource;
import dev.cloudwright.pricing.Actuals;
import dev.cloudwright.pricing.AwsCostModel;
import dev.cloudwright.pricing.PriceCatalog;
import dev.cloudwright.pricing.ResourceCosts;
import dev.cloudwright.pricing.RightSizing;
import dev.cloudwright.pricing.UsageFile;
import dev.cloudwright.render.CostRenderer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * {@code cloudwright cost PATH}: prices a Terraform configuration, a plan's JSON or a design, resource by resource,
 * with usage from a usage file (or, for a design, from its requirements), and optionally the change from another one.
 */
@CommandLine.Command(name = "cost", mixinStandardHelpOptions = true,
        description = {"Price a Terraform root module, the JSON of `terraform show -json PLAN`, or a requirements file (its design),"
                + " resource by resource, offline, from the bundled dated price catalog.",
            "Every charge names the resource billed for it; resources with no charge are free, resource types not modelled are"
                + " unsupported, and a missing price is reported, never counted as a silent zero."})
final class CostCommand implements Callable<Integer> {

    enum Format { TABLE, JSON, MARKDOWN, HTML }

    @CommandLine.Parameters(index = "0", paramLabel = "PATH", description = "Terraform root module directory (or a .tf file in it), plan JSON file,"
            + " or requirements file (.yaml).")
    Path path;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @CommandLine.Option(names = "--usage", paramLabel = "FILE", description = "Usage file (Infracost format, version 0.1) with the usage of"
            + " usage-based charges (requests, GB transferred), by resource address or type.")
    Path usage;

    @CommandLine.Option(names = "--sync-usage-file", paramLabel = "FILE", description = "Write FILE with every usage key of the resources"
            + " found (values already in it are kept) and price with it.")
    Path syncUsage;

    @CommandLine.Option(names = "--compare-to", paramLabel = "PATH", description = "Also price PATH (the configuration before a change) and show"
            + " the monthly change per resource and in total.")
    Path compareTo;

    @CommandLine.Option(names = "--actuals", paramLabel = "FILE", description = "A FOCUS 1.0 cost export (CSV) of one billing period: each"
            + " component's billed cost beside its estimate (matched by the cloudwright:component or Name tag), differences over 10%"
            + " flagged, billed resources the configuration does not have listed.")
    Path actuals;

    @CommandLine.Option(names = "--utilization", paramLabel = "FILE", description = "Measured utilisation, CSV with the header"
            + " address,cpu_avg,cpu_p95,memory_avg,memory_p95 (percent): right-sizing recommendations for resources that peak well under"
            + " their size.")
    Path utilization;

    @CommandLine.Option(names = "--prices", paramLabel = "DIR", description = "A price book (negotiated rates): every .tsv file in DIR (or"
            + " one .tsv file), in the catalog's columns, laid over the bundled prices; charges priced from it say so.")
    Path prices;

    @CommandLine.Option(names = "--environment", paramLabel = "ENV", description = "What the configuration runs: ${COMPLETION-CANDIDATES} (production is the default for"
            + " Terraform), staging or development. Outside production the savings include stopping compute and databases out of"
            + " hours and one NAT gateway per region.")
    Environment environment;

    /** The environments the savings tell apart. */
    enum Environment { production, staging, development }


    @CommandLine.Option(names = {"-q", "--quiet"}, description = "Do not print warnings.")
    boolean quiet;

    @CommandLine.Mixin
    VariableOptions variables = new VariableOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What was read: the model, the resources behind it, and the exit code its diagnostics gave. */
    record Priced(ResourceCosts.Project project, int code, Architecture arch, List<SourceResource> inventory) {}

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PriceCatalog.preload(); // read the catalog while the configuration is parsed
        Path usagePath = syncUsage != null ? syncUsage : usage;
        UsageFile usageFile = usagePath == null || (syncUsage != null && !Files.exists(syncUsage)) ? null : readUsage(usagePath);
        Priced now = price(path, usageFile, syncUsage, err);
        Priced before = compareTo == null ? null : price(compareTo, usageFile, null, err);
        if (utilization != null) {
            PathCheck.require(utilization);
            List<ResourceCosts.Recommendation> more = new ArrayList<>(now.project().recommendations());
            more.addAll(RightSizing.recommend(RightSizing.read(utilization), now.arch(), now.inventory(), model()));
            ResourceCosts.Project p = now.project();
            now = new Priced(new ResourceCosts.Project(p.path(), p.regionDefault(), p.resources(), p.summary(), List.copyOf(more)), now.code(),
                    now.arch(), now.inventory());
        }
        ResourceCosts.Project b = before == null ? null : before.project();
        Actuals.Report billed = null;
        if (actuals != null) {
            PathCheck.require(actuals);
            billed = Actuals.read(actuals).compare(now.project(), now.arch(), now.inventory());
        }
        String text = switch (format) {
            case JSON -> CostRenderer.json(now.project(), b, billed);
            case MARKDOWN -> CostRenderer.markdown(now.project(), b) + (billed == null ? "" : "\n" + CostRenderer.actualsMarkdown(billed));
            case HTML -> CostRenderer.html(now.project(), b);
            default -> CostRenderer.table(now.project(), b) + (billed == null ? "" : "\n" + CostRenderer.actualsTable(billed));
        };
        write(output, text);
        return Math.max(now.code(), before == null ? 0 : before.code());
    }

    private AwsCostModel cached;

    /** The bundled catalog, with the price book over it when one is given (read once). */
    private AwsCostModel model() {
        if (cached == null) {
            if (prices != null) {
                PathCheck.require(prices);
            }
            cached = prices == null ? AwsCostModel.standard() : new AwsCostModel(dev.cloudwright.pricing.PriceCatalog.aws().withPriceBook(prices));
        }
        return cached;
    }

    private UsageFile readUsage(Path p) {
        PathCheck.require(p);
        return UsageFile.read(p);
    }

    private Priced price(Path given, UsageFile usageFile, Path sync, PrintWriter err) {
        AwsCostModel model = model();
        ModelReader.Read read = ModelReader.read(given, variables.inputs(), variables.workspace, false, err, quiet);
        Architecture arch = read.arch();
        if (read.design()) {
            // A design prices its components, with the usage its requirements give.
            return new Priced(ResourceCosts.price(display(given), arch.regions().get(0).region(), arch, List.of(), model), 0, arch, List.of());
        }
        Path root = read.root();
        int code = read.code();
        List<SourceResource> inventory = read.inventory();
        if (sync != null) {
            write(sync, UsageFile.sync(inventory, usageFile));
            if (!quiet) {
                err.println("cloudwright: wrote " + sync);
            }
            usageFile = UsageFile.read(sync);
        }
        if (usageFile != null) {
            UsageFile.Applied applied = usageFile.apply(arch, inventory);
            arch = applied.architecture();
            if (!quiet) {
                applied.warnings().forEach(w -> err.println(w.format()));
            }
        }
        if (environment != null) {
            arch = new Architecture(arch.name(), arch.cloud(), environment.name(), arch.regions(), arch.components(), arch.connections());
        }
        String region = arch.regions().isEmpty() ? null : arch.regions().get(0).region();
        err.flush();
        return new Priced(ResourceCosts.price(display(root), region, arch, inventory, model), code, arch, inventory);
    }

    private static String display(Path p) {
        return ModelReader.display(p);
    }

    private void write(Path file, String text) {
        Output.write(spec.commandLine().getOut(), file, text);
    }
}
