package dev.cloudwright.cli;

import dev.cloudwright.core.Text;
import dev.cloudwright.pricing.PriceCatalog;
import dev.cloudwright.pricing.PriceListing;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code cloudwright prices list [--service S] [--region R] [--key-prefix P] [--format table|json] [--prices DIR]}. */
@CommandLine.Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List what the price catalog holds: key, region, unit, USD per tier, date, confidence, origin and source,"
                + " sorted by key and region.",
            "--service matches a key's first part: --service rds lists rds.* (Aurora is --service aurora);"
                + " --region lists the rows of that region only (not the us-east-1 prices that stand in where a region has none)."})
final class PricesListCommand implements Callable<Integer> {
    enum Format { TABLE, JSON }

    @CommandLine.Option(names = "--service", paramLabel = "S", description = "Keys starting with S. (rds, ec2, vpc, azure, gcp...).")
    String service;

    @CommandLine.Option(names = "--region", paramLabel = "R", description = "Prices in region R (us-east-1, global...).")
    String region;

    @CommandLine.Option(names = "--key-prefix", paramLabel = "P", description = "Keys starting with P.")
    String keyPrefix;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Option(names = "--prices", paramLabel = "DIR",
            description = "A price book over the bundled catalog: every *.tsv in DIR (or one .tsv file), in the catalog's columns.")
    Path prices;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PriceCatalog catalog = prices == null ? PriceCatalog.aws() : PriceCatalog.aws().withPriceBook(prices);
        check("--service", service, PriceListing.services(catalog));
        check("--region", region, PriceListing.regions(catalog));
        List<PriceCatalog.Price> selected = PriceListing.select(catalog, new PriceListing.Filter(service, region, keyPrefix));
        if (format == Format.JSON) {
            spec.commandLine().getOut().print(PriceListing.json(selected));
        } else if (!selected.isEmpty()) {
            spec.commandLine().getOut().print(PriceListing.table(selected));
        }
        spec.commandLine().getOut().flush();
        if (selected.isEmpty()) {
            spec.commandLine().getErr().println("cloudwright: no prices match");
            spec.commandLine().getErr().flush();
        }
        return ExitCode.OK.code();
    }

    /** A service or region the catalog has no price for at all is a usage error, with the nearest one it has. */
    private void check(String option, String value, Set<String> known) {
        if (value != null && !known.contains(value)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " " + value + ": the catalog has no prices for it"
                    + Text.didYouMean(value, known) + "; it has " + String.join(", ", known));
        }
    }
}
