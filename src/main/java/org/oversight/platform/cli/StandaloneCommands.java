package org.oversight.platform.cli;

import org.springframework.objenesis.Objenesis;
import org.springframework.objenesis.ObjenesisStd;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/**
 * The first pass of every {@code ./oversight} run, before any application starts: it parses the
 * arguments and answers whatever needs no database (help, version, a command group's usage, parse
 * errors, and the commands that take nothing in their constructor, such as {@code spc}). For any
 * other command it runs nothing and says that the application is needed.
 *
 * <p>A command's constructor takes the application's beans it works with, so a command without
 * constructor parameters needs no application. To be parsed (and to print its help) a command that
 * does take them is made without running its constructor; that object is never run.
 */
public final class StandaloneCommands implements CommandLine.IFactory, CommandLine.IExecutionStrategy {

    private final Objenesis objenesis = new ObjenesisStd();
    private boolean applicationNeeded;

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
    public <K> K create(Class<K> type) throws Exception {
        if (type.isAnnotationPresent(Command.class) && !runsStandalone(type)) {
            return objenesis.newInstance(type);
        }
        return CommandLine.defaultFactory().create(type);
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
        if (!runsStandalone(last.commandSpec().userObject().getClass())) {
            applicationNeeded = true;
            return 0;
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    /** After {@link CommandLine#execute}: the command was not run because it needs the application. */
    public boolean applicationNeeded() {
        return applicationNeeded;
    }
}
