package org.oversight.policedata.web;

import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.policedata.ImportBatch;
import org.oversight.policedata.MonthCompleteness;
import org.oversight.policedata.MonthMarkRefused;
import org.oversight.policedata.PoliceDataApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An analyst marks a batch's month complete or incomplete with a note, or clears the mark (ADR 0008). */
@Controller
@AnalystAccess
@RequestMapping("/police-data/batches/{id}/mark")
class MonthMarkController {

    private final PoliceDataApi policeData;
    private final BatchPageModel batchPage;

    MonthMarkController(PoliceDataApi policeData, BatchPageModel batchPage) {
        this.policeData = policeData;
        this.batchPage = batchPage;
    }

    @PostMapping
    String mark(@PathVariable long id, MonthMarkForm form, Model model, RedirectAttributes flash) {
        ImportBatch batch = find(id);
        if (!form.problems().isEmpty()) {
            return again(batch, form, model);
        }
        try {
            MonthCompleteness month = policeData.markMonth(
                    batch.force(), batch.kind(), batch.month(), form.complete(), form.note(), CurrentUser.name());
            flash.addFlashAttribute(
                    "marked",
                    PoliceDataViews.month(month.month()) + " is marked " + (form.complete() ? "complete" : "incomplete")
                            + ".");
        } catch (MonthMarkRefused e) {
            model.addAttribute("markRefused", e.getMessage());
            return again(batch, form, model);
        }
        return "redirect:/police-data/batches/" + id + "#completeness";
    }

    @PostMapping("/clear")
    String clear(@PathVariable long id, RedirectAttributes flash) {
        ImportBatch batch = find(id);
        MonthCompleteness month = policeData.clearMark(batch.force(), batch.kind(), batch.month(), CurrentUser.name());
        flash.addFlashAttribute(
                "marked",
                "The mark is cleared: " + PoliceDataViews.month(month.month()) + " is "
                        + (month.complete() ? "complete" : "incomplete") + " by the rule.");
        return "redirect:/police-data/batches/" + id + "#completeness";
    }

    private String again(ImportBatch batch, MonthMarkForm form, Model model) {
        model.addAttribute("markForm", form);
        model.addAttribute("markErrors", form.problems());
        batchPage.fill(batch, model);
        return "policedata/batch";
    }

    private ImportBatch find(long id) {
        return policeData
                .batch(id)
                .orElseThrow(() ->
                        new PoliceDataController.NotFound("There is no batch " + id + ": it may have been removed."));
    }
}
