package org.oversight.force.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.oversight.force.ForceApi;
import org.oversight.force.ForceRefused;
import org.oversight.force.ForceSettings;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./oversight force [--slug SLUG --office NAME [--name NAME]]}: shows or sets the force. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "force",
        description = "Show the police force this Oversight serves and its office's name, or set them with --slug"
                + " and --office. Exits 1 when they are refused, saying why.",
        mixinStandardHelpOptions = true)
public class ForceCommand implements Callable<Integer> {

    private final ForceApi force;

    @Spec
    CommandSpec spec;

    @Option(names = "--slug", paramLabel = "SLUG", description = "the force's data.police.uk slug, e.g. wiltshire")
    String slug;

    @Option(names = "--name", paramLabel = "NAME", description = "the force's name (default: data.police.uk's)")
    String name;

    @Option(names = "--office", paramLabel = "NAME", description = "the office's name for page headers and reports")
    String office;

    ForceCommand(ForceApi force) {
        this.force = force;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (slug != null || office != null || name != null) {
            try {
                ForceSettings current = force.current().orElse(null);
                force.configure(
                        slug != null ? slug : current == null ? null : current.slug(),
                        name,
                        office != null ? office : current == null ? null : current.officeName(),
                        "cli:" + System.getProperty("user.name", "unknown"));
            } catch (ForceRefused e) {
                e.problems().forEach((field, problem) -> err.println(field + ": " + problem));
                err.flush();
                return 1;
            }
        }
        force.current()
                .ifPresentOrElse(
                        f -> out.printf(
                                "force: %s (%s)%noffice: %s%n%s",
                                f.name(),
                                f.slug(),
                                f.officeName(),
                                f.example() ? "(the example force loaded with the example data)\n" : ""),
                        () -> out.println("No force has been set: ./oversight force --slug SLUG --office NAME"));
        out.flush();
        return 0;
    }
}
