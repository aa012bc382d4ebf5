package org.oversight.performance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.oversight.performance.ObservationFileRefused;
import org.oversight.performance.PeerGroupFileRefused;
import org.oversight.performance.PopulationFileRefused;
import org.oversight.performance.indicator.IndicatorFileRefused;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The loop every reference-data import command runs: each file in turn, a line for what it did, or
 * its problems (one a line) when it was refused; exit status 1 when any file was refused.
 */
final class FileImports {

    private FileImports() {}

    /** Imports one file's bytes and says what was stored, as the rest of a line after the file name. */
    interface Importer {
        String importFile(String fileName, byte[] content);
    }

    static int run(CommandSpec spec, List<Path> files, Importer importer) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int status = 0;
        for (Path file : files) {
            try {
                out.println(file + importer.importFile(file.getFileName().toString(), Files.readAllBytes(file)));
            } catch (IOException e) {
                err.printf("%s: could not be read: %s%n", file, e.getMessage());
                status = 1;
            } catch (RuntimeException e) {
                List<String> problems = problems(e);
                err.printf("%s: refused, nothing was imported (%d problems):%n", file, problems.size());
                problems.forEach(problem -> err.println("  " + problem));
                status = 1;
            }
        }
        out.flush();
        err.flush();
        return status;
    }

    /** The problems of a refused file; anything else is not a refusal and goes on up. */
    private static List<String> problems(RuntimeException e) {
        if (e instanceof ObservationFileRefused refused) {
            return refused.problems();
        }
        if (e instanceof PeerGroupFileRefused refused) {
            return refused.problems();
        }
        if (e instanceof PopulationFileRefused refused) {
            return refused.problems();
        }
        if (e instanceof IndicatorFileRefused refused) {
            return refused.problems().stream().map(Object::toString).toList();
        }
        throw e;
    }
}
