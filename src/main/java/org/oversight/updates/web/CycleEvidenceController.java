package org.oversight.updates.web;

import org.oversight.accounts.BoardMemberAccess;
import org.oversight.updates.domain.CycleItem;
import org.oversight.updates.domain.EvidenceFiles;
import org.oversight.updates.domain.ReportingCycle;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Evidence files of an update, for board members, analysts and admins. */
@Controller
@BoardMemberAccess
class CycleEvidenceController {

    private final CyclePages pages;
    private final EvidenceFiles evidence;

    CycleEvidenceController(CyclePages pages, EvidenceFiles evidence) {
        this.pages = pages;
        this.evidence = evidence;
    }

    @GetMapping("/cycles/{id}/items/{itemId}/evidence/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long itemId, @PathVariable long fileId) {
        ReportingCycle cycle = pages.cycle(id);
        CycleItem item = pages.item(cycle, itemId);
        return EvidenceDownload.of(evidence.file(item.id(), fileId)
                .orElseThrow(() -> new CycleNotFound("The update has no file " + fileId + ".")));
    }
}
