package org.oversight.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oversight.platform.cli.OversightCommand;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs the {@code ./oversight} command line: the same application without its web server, with
 * every module's top-level picocli command (a Spring bean annotated {@link Command} that no other
 * command lists as a subcommand) added under {@link OversightCommand}.
 */
public final class CommandLineLauncher {

    private CommandLineLauncher() {}

    public static int run(Class<?> application, String[] args) {
        // Passed as command-line properties so that they win over application.yml.
        List<String> properties = new ArrayList<>();
        properties.add("--logging.config=classpath:logback-cli.xml");
        properties.add("--oversight.seed.example-plans=false");
        properties.add("--oversight.seed.demonstration-data=false");
        dataDirArgument(args).ifPresent(dir -> properties.add("--oversight.database.data-dir=" + dir));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(properties.toArray(String[]::new))) {
            CommandLine commandLine = commandLine(context);
            return commandLine.execute(args);
        } catch (RuntimeException e) {
            System.err.println("oversight: could not start: " + rootMessage(e));
            return 2;
        }
    }

    /** The command line with every module's commands, on an application context already running. */
    public static CommandLine commandLine(ConfigurableApplicationContext context) {
        CommandLine.IFactory factory = context.getBean(CommandLine.IFactory.class);
        CommandLine commandLine = new CommandLine(context.getBean(OversightCommand.class), factory);
        Map<String, Object> commands = context.getBeansWithAnnotation(Command.class);
        Set<Class<?>> nested = new HashSet<>();
        for (Object bean : commands.values()) {
            Command command = AnnotationUtils.findAnnotation(bean.getClass(), Command.class);
            nested.addAll(Arrays.asList(command.subcommands()));
        }
        List<Object> topLevel = new ArrayList<>();
        for (Object bean : commands.values()) {
            Class<?> type = org.springframework.util.ClassUtils.getUserClass(bean);
            if (!(bean instanceof OversightCommand) && !nested.contains(type)) {
                topLevel.add(bean);
            }
        }
        topLevel.sort((a, b) -> name(a).compareTo(name(b)));
        for (Object bean : topLevel) {
            commandLine.addSubcommand(name(bean), new CommandLine(bean, factory));
        }
        return commandLine;
    }

    private static String name(Object bean) {
        return AnnotationUtils.findAnnotation(bean.getClass(), Command.class).name();
    }

    /** {@code --data-dir} is read before the application starts: it decides which database to open. */
    static java.util.Optional<String> dataDirArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return java.util.Optional.of(args[i + 1]);
            }
            if (args[i].startsWith("--data-dir=")) {
                return java.util.Optional.of(args[i].substring("--data-dir=".length()));
            }
        }
        return java.util.Optional.empty();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
