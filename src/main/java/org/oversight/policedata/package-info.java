/**
 * Police data from data.police.uk: street crime, outcomes and stop and search, imported faithfully
 * (every row, every column) with provenance (import batches), the areas the rows fall in, and the
 * monthly counts performance work reads. Other modules use {@link org.oversight.policedata.PoliceDataApi}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Police data")
package org.oversight.policedata;
