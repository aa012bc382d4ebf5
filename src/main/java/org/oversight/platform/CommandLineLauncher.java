package org.oversight.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.oversight.platform.cli.CommandCatalogue;
import org.oversight.platform.cli.CommandFactory;
import org.oversight.platform.cli.CommandLineLogging;
import org.oversight.platform.cli.OversightCommand;
import org.oversight.platform.cli.StandaloneCommands;
import org.oversight.platform.database.EmbeddedDatabaseEarlyStart;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs the {@code ./oversight} command line: {@link OversightCommand} with every module's top-level
 * picocli command (a class annotated {@link Command} that no other command lists as a subcommand,
 * see {@link CommandCatalogue}) under it.
 *
 * <p>Each run has two passes. The first parses the arguments without starting anything and answers
 * what needs no database: help, version, parse errors and the commands without dependencies (see
 * {@link StandaloneCommands}). Only a command that works with the application's beans starts the
 * application, without its web server, and runs in it; of the commands, only that one (and those
 * above it) is made by the application (see {@link CommandFactory}).
 */
public final class CommandLineLauncher {

    /** The Spring profile of a command run in the application (application-cli.yml). */
    public static final String PROFILE = "cli";

    /** Exit status when the application could not start. */
    static final int COULD_NOT_START = 2;

    /** Starts the application for a command that needs it, given the command's arguments. */
    @FunctionalInterface
    public interface Application {
        ConfigurableApplicationContext start(String[] args);
    }

    private CommandLineLauncher() {}

    /** {@code ./oversight ARGS}: the exit status. */
    public static int run(Class<?> application, String[] args) {
        // No command is a Groovy closure; looking for Groovy would initialise its runtime (half a second).
        System.setProperty("picocli.disable.closures", "true");
        CommandLineLogging.configure();
        return run(args, commandLine -> {}, arguments -> start(application, arguments));
    }

    /**
     * Runs a command line, starting the application only when the command needs it.
     *
     * @param streams sets the command line's output and error writers (tests), or leaves them
     * @param application starts the application
     */
    public static int run(String[] args, Consumer<CommandLine> streams, Application application) {
        StandaloneCommands standalone = new StandaloneCommands();
        CommandLine commandLine = commandLine(CommandFactory.withoutApplication());
        commandLine.setExecutionStrategy(standalone);
        streams.accept(commandLine);
        int status = commandLine.execute(args);
        if (!standalone.applicationNeeded()) {
            return status;
        }
        try (ConfigurableApplicationContext context = application.start(args)) {
            CommandLine inApplication = commandLine(
                    CommandFactory.inApplication(context.getBean(CommandLine.IFactory.class), standalone.toRun()));
            streams.accept(inApplication);
            return inApplication.execute(args);
        } catch (RuntimeException e) {
            commandLine.getErr().println("oversight: could not start: " + rootMessage(e));
            commandLine.getErr().flush();
            return COULD_NOT_START;
        }
    }

    /** The command line with every module's commands, made by an application context already running. */
    public static CommandLine commandLine(ConfigurableApplicationContext context) {
        return commandLine(context.getBean(CommandLine.IFactory.class));
    }

    /** The command line with every module's commands, each made by the factory when it is used. */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine commandLine = new CommandLine(OversightCommand.class, factory);
        for (Class<?> command : CommandCatalogue.topLevelCommands()) {
            commandLine.addSubcommand(command);
        }
        return commandLine;
    }

    /**
     * The application without its web server, with the {@code cli} profile (application-cli.yml:
     * lazy beans, no web configuration, logs on standard error) and the embedded database starting
     * while Spring reads the application. It never loads example or demonstration data: that is
     * passed as command-line properties, which win over any other setting.
     */
    static ConfigurableApplicationContext start(Class<?> application, String[] args) {
        List<String> properties = new ArrayList<>();
        properties.add("--oversight.seed.example-plans=false");
        properties.add("--oversight.seed.demonstration-data=false");
        dataDirArgument(args).ifPresent(dir -> properties.add("--oversight.database.data-dir=" + dir));
        return new SpringApplicationBuilder(application)
                .initializers(new EmbeddedDatabaseEarlyStart())
                .profiles(PROFILE)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(properties.toArray(String[]::new));
    }

    /** {@code --data-dir} is read before the application starts: it decides which database to open. */
    static Optional<String> dataDirArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
            if (args[i].startsWith("--data-dir=")) {
                return Optional.of(args[i].substring("--data-dir=".length()));
            }
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
