/** Shared value types used by every module: financial years and reporting periods, and the contract of an audited change with the way its before and after are written as JSON. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.oversight.shared;
