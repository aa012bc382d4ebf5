package org.oversight.policedata.web;

import org.oversight.policedata.DemonstrationLoading;
import org.oversight.policedata.PoliceDataApi;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the demonstration data's loading progress (or the failure that stopped it), which
 * the shared layout shows as a banner while it lasts. An in-memory read: no page waits for it.
 */
@ControllerAdvice
class DemonstrationLoadingAdvice {

    private final PoliceDataApi policeData;

    DemonstrationLoadingAdvice(PoliceDataApi policeData) {
        this.policeData = policeData;
    }

    @ModelAttribute("demonstrationLoading")
    DemonstrationLoading demonstrationLoading() {
        return policeData.demonstrationLoading().orElse(null);
    }
}
