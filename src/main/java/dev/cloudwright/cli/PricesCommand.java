package dev.cloudwright.cli;

import picocli.CommandLine;

/** {@code cloudwright prices import|list}: the price catalog, and price books made from official price files. */
@CommandLine.Command(name = "prices", mixinStandardHelpOptions = true,
        description = {"Import official price files into catalog rows, and list what the price catalog holds."},
        subcommands = {PricesImportCommand.class, PricesListCommand.class})
final class PricesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: import or list");
    }
}
