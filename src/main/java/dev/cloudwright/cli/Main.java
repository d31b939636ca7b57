package dev.cloudwright.cli;

import dev.cloudwright.core.InputException;
import dev.cloudwright.core.Problem;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point. {@link #run} is the testable form: it never exits the JVM. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Root root = new Root();
        CommandLine cl = new CommandLine(root)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((ex, cmd, parsed) -> handle(ex, err, root.debug))
                .setParameterExceptionHandler((ex, args2) -> {
                    err.println("cloudwright: " + ex.getMessage());
                    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
                    err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
                    return ExitCode.USAGE.code();
                });
        try {
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            return handle(e, err, root.debug);
        }
    }

    static int handle(Throwable ex, PrintWriter err, boolean debug) {
        if (ex instanceof InputException ie) {
            for (Problem p : ie.problems()) {
                err.println(p.format());
            }
            if (debug) {
                ex.printStackTrace(err);
            }
            return ExitCode.USAGE.code();
        }
        err.println("cloudwright: internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
        if (debug) {
            ex.printStackTrace(err);
        }
        return ExitCode.INTERNAL.code();
    }

    /** The root command: lists the subcommands and carries the global options. */
    @CommandLine.Command(name = "cloudwright", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Offline cloud-architecture workbench: designs, sizes, prices and secures cloud architectures.",
            subcommands = {DesignCommand.class, ValidateCommand.class, GraphCommand.class, Hcl2JsonCommand.class, CommandLine.HelpCommand.class},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:success", "1:findings over the threshold", "2:bad input or usage", "3:internal error"})
    static final class Root implements Runnable {
        @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
                description = "Print stack traces for errors.")
        boolean debug;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (design, validate)");
        }
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"cloudwright " + (v == null ? "dev" : v)};
        }
    }
}
