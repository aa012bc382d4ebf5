package org.oversight.accounts;

import java.util.SortedSet;

/**
 * The lead names the plans use ("ACC Local Policing", "Director of Resources"), which accounts may
 * hold. The plan module provides it, so that accounts can check a lead's name without depending on
 * plans (plans already depend on accounts for their access rules).
 */
public interface LeadNames {

    SortedSet<String> known();
}
