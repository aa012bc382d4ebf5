package org.oversight.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.oversight.updates.domain.CycleItem;
import org.oversight.updates.domain.Cycles;
import org.oversight.updates.domain.Evidence;
import org.oversight.updates.domain.EvidenceFiles;
import org.oversight.updates.domain.ReportingCycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Evidence files: checked on the way in, stored, served as attachments with their content type. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class EvidenceFilesTest {

    static final byte[] PDF = "%PDF-1.4\n% Oversight test\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    Cycles cycles;

    @Autowired
    EvidenceFiles evidence;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationEvents events;

    @Test
    void aLeadAttachesAPdfThatTheBoardDownloadsAsAnAttachment() throws Exception {
        CycleTestData data = new CycleTestData(cycles, accounts);
        String lead = data.leadOfficer(null, "ACC Operations");
        ReportingCycle cycle = data.cycle(LocalDate.now().plusDays(20), data.account(Role.ANALYST));
        CycleItem item = data.item(cycle, "4.1-5");

        mvc.perform(multipart("/my-updates/items/{i}/evidence", item.id())
                        .file(new MockMultipartFile("file", "C:\\reports\\stop \"search\".pdf", "text/html", PDF))
                        .with(user(lead).roles("LEAD_OFFICER"))
                        .with(csrf().asHeader()))
                .andExpect(status().is3xxRedirection());
        Evidence stored = evidence.list(item.id()).get(0);
        assertThat(stored.fileName()).isEqualTo("stop _search_.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(events.stream(EvidenceAttached.class))
                .extracting(EvidenceAttached::fileName)
                .contains("stop _search_.pdf");

        byte[] body = mvc.perform(get("/cycles/{c}/items/{i}/evidence/{f}", cycle.id(), item.id(), stored.id())
                        .with(user(data.account(Role.BOARD_MEMBER)).roles("BOARD_MEMBER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"stop _search_.pdf\"; filename*=UTF-8''stop%20_search_.pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(body).isEqualTo(PDF);

        mvc.perform(get("/my-updates/items/{i}/evidence/{f}", item.id(), stored.id())
                        .with(user(data.leadOfficer(null, "DCC")).roles("LEAD_OFFICER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedSayingWhy() throws Exception {
        CycleTestData data = new CycleTestData(cycles, accounts);
        String lead = data.leadOfficer(null, "ACC Operations");
        ReportingCycle cycle = data.cycle(LocalDate.now().plusDays(20), data.account(Role.ANALYST));
        CycleItem item = data.item(cycle, "4.8-6");
        String page = mvc.perform(multipart("/my-updates/items/{i}/evidence", item.id())
                        .file(new MockMultipartFile(
                                "file", "minutes.pdf", "application/pdf", "<script>alert(1)</script>".getBytes()))
                        .with(user(lead).roles("LEAD_OFFICER"))
                        .with(csrf().asHeader()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Minutes.pdf does not contain what its name says (application/pdf)");
        String exe = mvc.perform(multipart("/my-updates/items/{i}/evidence", item.id())
                        .file(new MockMultipartFile(
                                "file", "tool.exe", "application/octet-stream", new byte[] {77, 90}))
                        .with(user(lead).roles("LEAD_OFFICER"))
                        .with(csrf().asHeader()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(exe).contains("Tool.exe is not a kind of file evidence may be: use PDF");
        assertThat(evidence.list(item.id())).isEmpty();
    }

    @Test
    void aFileOfSeveralMegabytesReachesTheUpdateAndABodyOverElevenIsRefusedUnread() throws Exception {
        CycleTestData data = new CycleTestData(cycles, accounts);
        String lead = data.leadOfficer(null, "ACC Operations");
        ReportingCycle cycle = data.cycle(LocalDate.now().plusDays(20), data.account(Role.ANALYST));
        CycleItem item = data.item(cycle, "4.8-6");
        // Evidence may be 10 MB (updates.evidence.max-bytes); pages and forms are otherwise held to 256 KB.
        mvc.perform(multipart("/my-updates/items/{i}/evidence", item.id())
                        .file(new MockMultipartFile("file", "minutes.pdf", "application/pdf", PDF))
                        .content(new byte[3 * 1024 * 1024])
                        .with(user(lead).roles("LEAD_OFFICER"))
                        .with(csrf().asHeader()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/my-updates/items/{i}/evidence", item.id())
                        .file(new MockMultipartFile("file", "minutes.pdf", "application/pdf", PDF))
                        .content(new byte[12 * 1024 * 1024])
                        .with(user(lead).roles("LEAD_OFFICER"))
                        .with(csrf().asHeader()))
                .andExpect(status().isPayloadTooLarge());
        assertThat(evidence.list(item.id())).hasSize(1);
    }
}
