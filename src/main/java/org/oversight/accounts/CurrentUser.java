package org.oversight.accounts;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, for provenance ("updated by"). The command line acts as its operating-system user. */
public final class CurrentUser {

    private CurrentUser() {}

    public static String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getName() != null
                && !"anonymousUser".equals(authentication.getName())) {
            return authentication.getName();
        }
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
