package dev.cloudwright.cli;

import dev.cloudwright.core.Fmt;
import dev.cloudwright.core.InputException;
import dev.cloudwright.core.SourcePosition;
import dev.cloudwright.pricing.importer.PriceImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code cloudwright prices import FILE... [--into DIR]}: official price files in, catalog rows out. */
@CommandLine.Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read official price files and write catalog rows (the columns of aws/prices.tsv).",
            "Formats, told from the content: AWS Price List bulk offer files, AWS Price List Query API GetProducts output,"
                + " Azure Retail Prices API pages, Google Cloud Billing Catalog SKU lists.",
            "AWS products get the catalog's own keys (ec2.m7g.large, rds.postgresql.db.m7g.large.single, vpc.nat...);"
                + " Azure and Google Cloud prices keys under azure. and gcp.",
            "The rows go to standard output, or to DIR/prices.tsv with --into; a summary (rows written, what was skipped and why)"
                + " goes to standard error. A directory of such files is a price book: cost --prices DIR, prices list --prices DIR."})
final class PricesImportCommand implements Callable<Integer> {

    @CommandLine.Parameters(arity = "1..*", paramLabel = "FILE", description = "Price files (JSON).")
    List<Path> files;

    @CommandLine.Option(names = "--into", paramLabel = "DIR", description = "Write DIR/prices.tsv (DIR is created if needed) instead of standard output.")
    Path into;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PriceImport.Result result = PriceImport.read(files);
        if (into == null) {
            out.print(result.tsv());
            out.flush();
        } else {
            Path target = into.resolve("prices.tsv");
            try {
                Files.createDirectories(into);
                Files.writeString(target, result.tsv(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(new SourcePosition(target.toString(), 0, 0), "cannot write: " + e.getMessage());
            }
        }
        result.summary().forEach(err::println);
        if (into != null) {
            err.println("Wrote " + into.resolve("prices.tsv") + " (" + Fmt.plural(result.rows().size(), "row") + ")");
        }
        if (result.rows().isEmpty()) {
            err.println("cloudwright: warning: no rows: nothing in the files maps to a catalog key");
        }
        err.flush();
        return ExitCode.OK.code();
    }
}
