package org.oversight.platform.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import picocli.CommandLine.Command;

/**
 * Every module's top-level command, found without starting the application: the classes of the
 * application's packages annotated with picocli's {@link Command}, less the root command and the
 * commands another command lists as its subcommands. A module adds a command by writing its class;
 * nothing else lists it.
 *
 * <p>The class files are read, not loaded: only a class whose bytes name the annotation is loaded
 * (without being initialised) and checked. Loading every class, or reading each with its
 * annotations resolved as Spring's component scan does, would take longer than the help itself.
 */
public final class CommandCatalogue {

    /** The application's packages: every module lives below it. */
    static final String BASE_PACKAGE = "org.oversight";

    /** How a class file names the annotation {@link Command} (its field descriptor). */
    private static final byte[] COMMAND_DESCRIPTOR =
            ("L" + Command.class.getName().replace('.', '/') + ";").getBytes(StandardCharsets.UTF_8);

    private static volatile List<Class<?>> topLevel;

    private CommandCatalogue() {}

    /** The top-level commands, sorted by name (found once, then remembered). */
    public static List<Class<?>> topLevelCommands() {
        List<Class<?>> found = topLevel;
        if (found == null) {
            found = topLevel(commands(BASE_PACKAGE, CommandCatalogue.class.getClassLoader()));
            topLevel = found;
        }
        return found;
    }

    /** Every class below the package annotated {@link Command}. */
    static List<Class<?>> commands(String basePackage, ClassLoader loader) {
        String folder = basePackage.replace('.', '/') + "/";
        List<Class<?>> commands = new ArrayList<>();
        try {
            Resource[] classFiles =
                    new PathMatchingResourcePatternResolver(loader).getResources("classpath*:" + folder + "**/*.class");
            for (Resource classFile : classFiles) {
                if (!namesTheAnnotation(classFile)) {
                    continue;
                }
                String path = classFile.getURL().toString();
                String className = path.substring(path.lastIndexOf(folder), path.length() - ".class".length())
                        .replace('/', '.');
                Class<?> type = Class.forName(className, false, loader);
                if (type.isAnnotationPresent(Command.class)) {
                    commands.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the commands' classes", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Could not load a command's class", e);
        }
        return commands;
    }

    /** The commands no other command lists as a subcommand, less the root, sorted by name. */
    static List<Class<?>> topLevel(List<Class<?>> commands) {
        Set<Class<?>> nested = new HashSet<>();
        for (Class<?> command : commands) {
            nested.addAll(Arrays.asList(command.getAnnotation(Command.class).subcommands()));
        }
        return commands.stream()
                .filter(command -> command != OversightCommand.class && !nested.contains(command))
                .sorted(Comparator.comparing(CommandCatalogue::name))
                .toList();
    }

    static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    private static boolean namesTheAnnotation(Resource classFile) throws IOException {
        byte[] bytes;
        try (InputStream input = classFile.getInputStream()) {
            bytes = input.readAllBytes();
        }
        for (int at = 0; at <= bytes.length - COMMAND_DESCRIPTOR.length; at++) {
            if (Arrays.equals(
                    bytes, at, at + COMMAND_DESCRIPTOR.length, COMMAND_DESCRIPTOR, 0, COMMAND_DESCRIPTOR.length)) {
                return true;
            }
        }
        return false;
    }
}
