/** Shared value types used by every module: financial years and reporting periods. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.oversight.shared;
