package org.oversight.publication.content;

import java.util.Optional;
import org.oversight.publication.PublicationPeriod;
import org.springframework.stereotype.Component;

/**
 * Where a publication's stop and search figures come from. The {@code stopsearch} module is not on
 * this branch yet, so a publication has no stop and search section until it is wired here through
 * that module's API (ADR 0022).
 */
@Component
class StopSearchSource {

    Optional<StopSearchFigures> figures(PublicationPeriod period) {
        return Optional.empty();
    }
}
