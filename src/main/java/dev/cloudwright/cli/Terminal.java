package dev.cloudwright.cli;

import java.io.Console;
import java.lang.reflect.Method;
import picocli.CommandLine;

/** Whether Cloudwright talks to a person at a terminal: only then does it colour help or show progress. */
final class Terminal {
    private Terminal() {}

    /**
     * True when standard input and output are a terminal. Java 17's {@code System.console()} is null
     * otherwise; from Java 22 it may exist off a terminal too, so its {@code isTerminal()} decides.
     */
    static boolean isTerminal() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            Method m = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(m.invoke(c));
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The colours for usage and help: picocli's own choice at a terminal, none anywhere else (picocli
     * would colour a pipe when told to by {@code picocli.ansi} or {@code CLICOLOR_FORCE}).
     */
    static CommandLine.Help.Ansi ansi() {
        return isTerminal() ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF;
    }
}
