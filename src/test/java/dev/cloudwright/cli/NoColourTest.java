package dev.cloudwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Usage and help written anywhere but a terminal carry no ANSI escape codes, even when picocli is told to colour. */
class NoColourTest {

    private static final char ESC = '\u001b';

    @Test
    void usageAndHelpOnANonTerminalHaveNoEscapeCharacter() {
        // The tests' standard streams are not a terminal. picocli.ansi=true would make picocli colour its
        // help regardless; Cloudwright decides from the terminal alone.
        String before = System.getProperty("picocli.ansi");
        System.setProperty("picocli.ansi", "true");
        try {
            for (List<String> args : List.<List<String>>of(List.of("--help"), List.of("graph", "--help"), List.of("validate", "--help"),
                    List.of("design", "--help"), List.of("hcl2json", "--help"), List.of("help", "graph"), List.of(), List.of("graph"),
                    List.of("graph", "--bogus", "x"), List.of("desgin"))) {
                Cli c = Cli.run(args.toArray(String[]::new));
                String all = c.out() + c.err();
                assertFalse(all.isEmpty(), args + " prints its usage or message");
                assertEquals(-1, all.indexOf(ESC), args + ": " + all);
            }
            Cli h = Cli.run("graph", "--help");
            assertTrue(h.out().contains("Usage: cloudwright graph [-hqV] [--debug] [--strict]"), h.out());
        } finally {
            if (before == null) {
                System.clearProperty("picocli.ansi");
            } else {
                System.setProperty("picocli.ansi", before);
            }
        }
    }

    @Test
    void theTestsRunOffATerminal() {
        assertFalse(Terminal.isTerminal(), "the check above is meaningful only off a terminal");
        assertEquals(picocli.CommandLine.Help.Ansi.OFF, Terminal.ansi());
    }
}
