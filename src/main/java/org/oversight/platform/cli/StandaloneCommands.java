package org.oversight.platform.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * How the first pass of every {@code ./oversight} run, before any application starts, runs what it
 * parsed: it answers whatever needs no database (help, version, a command group's usage, and the
 * commands that take nothing in their constructor, such as {@code spc}; picocli has already
 * answered parse errors). For any other command it runs nothing, and says that the application is
 * needed and which commands it must make.
 *
 * <p>A command's constructor takes the application's beans it works with, so a command without
 * constructor parameters needs no application.
 */
public final class StandaloneCommands implements CommandLine.IExecutionStrategy {

    private final List<Class<?>> toRun = new ArrayList<>();

    /** Whether a command runs without the application: its class has a constructor without parameters. */
    public static boolean runsStandalone(Class<?> command) {
        try {
            command.getDeclaredConstructor();
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Override
    public int execute(ParseResult parseResult) {
        Integer help = CommandLine.executeHelpRequest(parseResult);
        if (help != null) {
            return help;
        }
        ParseResult last = parseResult;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        if (runsStandalone(last.commandSpec().userObject().getClass())) {
            return new CommandLine.RunLast().execute(parseResult);
        }
        for (CommandLine command : parseResult.asCommandLineList()) {
            toRun.add(command.getCommandSpec().userObject().getClass());
        }
        return 0;
    }

    /** After {@link CommandLine#execute}: the command was not run because it needs the application. */
    public boolean applicationNeeded() {
        return !toRun.isEmpty();
    }

    /** The command asked for and the commands above it, which the application must make to run it. */
    public List<Class<?>> toRun() {
        return List.copyOf(toRun);
    }
}
