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
                .setParameterExceptionHandler((ex, args2) -> parameterError(ex, err));
        // Colours only for a terminal; set after the subcommands are added, so that it applies to them all.
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(Terminal.ansi()));
        try {
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            return handle(e, err, root.debug);
        }
    }

    /** A usage error: no command (the usage, listing every command), an unknown command (the nearest one), or a bad option. */
    static int parameterError(CommandLine.ParameterException ex, PrintWriter err) {
        CommandLine cmd = ex.getCommandLine();
        if (cmd.getCommandSpec().userObject() instanceof Root && ex instanceof NoCommand) {
            // Standard error may be redirected even when standard output is a terminal: no colours there.
            cmd.usage(err, CommandLine.Help.Ansi.OFF);
            err.println();
            err.println("cloudwright: a command is required");
            err.flush();
            return ExitCode.USAGE.code();
        }
        if (cmd.getCommandSpec().userObject() instanceof Root && ex instanceof CommandLine.UnmatchedArgumentException u
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            String given = u.getUnmatched().get(0);
            String nearest = nearest(given, cmd.getSubcommands().keySet());
            err.println("cloudwright: unknown command `" + given + "`" + (nearest == null ? "" : " (did you mean `" + nearest + "`?)"));
            err.println("Commands: " + String.join(", ", cmd.getSubcommands().keySet()) + ". Run 'cloudwright --help' for usage.");
            err.flush();
            return ExitCode.USAGE.code();
        }
        err.println("cloudwright: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCode.USAGE.code();
    }

    /** The name nearest to {@code given} by edit distance (ties: the first in order), or null when there are none. */
    static String nearest(String given, java.util.Collection<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String g = given.toLowerCase(java.util.Locale.ROOT);
        for (String n : names) {
            int d = distance(g, n.toLowerCase(java.util.Locale.ROOT));
            if (n.startsWith(g) && !g.isEmpty()) {
                d = 0;
            }
            if (d < bestDistance) {
                best = n;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Thrown by the root command when no command is given. */
    static final class NoCommand extends CommandLine.ParameterException {
        private static final long serialVersionUID = 1L;

        NoCommand(CommandLine cl) {
            super(cl, "a command is required");
        }
    }

    static int handle(Throwable ex, PrintWriter err, boolean debug) {
        if (ex instanceof InputException ie) {
            java.util.List<Problem> problems = new java.util.ArrayList<>(ie.problems());
            problems.sort(Problem.ORDER);
            for (Problem p : problems) {
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
            subcommands = {DesignCommand.class, CostCommand.class, ReviewCommand.class, PricesCommand.class, ValidateCommand.class, GraphCommand.class,
                Hcl2JsonCommand.class, CommandLine.HelpCommand.class},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:success", "1:findings over the threshold, or a partial result (a file skipped)", "2:bad input or usage",
                "3:internal error"})
    static final class Root implements Runnable {
        @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
                description = "Print stack traces for errors.")
        boolean debug;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new NoCommand(spec.commandLine());
        }
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cloudwright " + version()};
        }

        /** The version from the jar manifest; {@code dev} when not run from the jar. */
        static String version() {
            String v = Main.class.getPackage().getImplementationVersion();
            return v == null ? "dev" : v;
        }
    }
}
