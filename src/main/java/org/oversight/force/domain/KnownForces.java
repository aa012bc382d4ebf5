package org.oversight.force.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.oversight.force.KnownForce;
import org.springframework.stereotype.Component;

/** The forces data.police.uk publishes data for, from the reference list shipped with Oversight. */
@Component
public class KnownForces {

    static final String LIST = "/force/data-police-uk-forces.csv";

    private final List<KnownForce> forces = read();

    public List<KnownForce> all() {
        return forces;
    }

    public Optional<KnownForce> find(String slug) {
        return forces.stream().filter(f -> f.slug().equals(slug)).findFirst();
    }

    private static List<KnownForce> read() {
        try (InputStream input = KnownForces.class.getResourceAsStream(LIST)) {
            if (input == null) {
                throw new IllegalStateException(LIST + " is missing from the application");
            }
            List<KnownForce> forces = new ArrayList<>();
            String[] lines = new String(input.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i].strip();
                int comma = line.indexOf(',');
                if (comma > 0) {
                    forces.add(new KnownForce(line.substring(0, comma), line.substring(comma + 1)));
                }
            }
            forces.sort(Comparator.comparing(KnownForce::name));
            return List.copyOf(forces);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
