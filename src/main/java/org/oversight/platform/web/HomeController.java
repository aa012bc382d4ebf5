package org.oversight.platform.web;

import org.oversight.accounts.PublicAccess;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page. */
@Controller
@PublicAccess
class HomeController {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }
}
