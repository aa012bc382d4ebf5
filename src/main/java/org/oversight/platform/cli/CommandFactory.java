package org.oversight.platform.cli;

import java.util.Collection;
import java.util.Set;
import org.springframework.objenesis.Objenesis;
import org.springframework.objenesis.ObjenesisStd;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Makes the objects of a command line's commands. picocli makes every command's object as it reads
 * the commands (it gives each its {@code @Spec}), but runs at most one. The commands to run come from
 * the application, with their dependencies; any other command that has dependencies is made without
 * running its constructor, to be read and never run, so that reading it makes none of its
 * dependencies (and, without an application, needs none).
 */
public final class CommandFactory implements CommandLine.IFactory {

    private final Objenesis objenesis = new ObjenesisStd();
    private final CommandLine.IFactory application;
    private final Set<Class<?>> toRun;

    private CommandFactory(CommandLine.IFactory application, Set<Class<?>> toRun) {
        this.application = application;
        this.toRun = toRun;
    }

    /** For the first pass, before any application: commands without dependencies only can run. */
    public static CommandFactory withoutApplication() {
        return new CommandFactory(CommandLine.defaultFactory(), Set.of());
    }

    /** In the application: the commands to run (and their parents) are made by the application. */
    public static CommandFactory inApplication(CommandLine.IFactory application, Collection<Class<?>> toRun) {
        return new CommandFactory(application, Set.copyOf(toRun));
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (toRun.contains(type)) {
            return application.create(type);
        }
        if (type.isAnnotationPresent(Command.class) && !StandaloneCommands.runsStandalone(type)) {
            return objenesis.newInstance(type);
        }
        return CommandLine.defaultFactory().create(type);
    }
}
