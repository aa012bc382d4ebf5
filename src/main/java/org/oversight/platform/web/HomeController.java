package org.oversight.platform.web;

import org.oversight.accounts.PublicAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/** The start page. */
@Controller
@PublicAccess
class HomeController {

    /**
     * The start page; {@code ?signed-out}, where signing out lands, adds the message saying so.
     * (Thymeleaf's {@code param.containsKey} is true for any name, so the page cannot ask it.)
     */
    @GetMapping("/")
    String home(WebRequest request, Model model) {
        model.addAttribute("signedOut", request.getParameterMap().containsKey("signed-out"));
        return "platform/home";
    }
}
