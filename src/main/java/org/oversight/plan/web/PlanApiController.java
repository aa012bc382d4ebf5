package org.oversight.plan.web;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.accounts.PublicAccess;
import org.oversight.plan.domain.Commitment;
import org.oversight.plan.domain.Measure;
import org.oversight.plan.domain.Objective;
import org.oversight.plan.domain.Plan;
import org.oversight.plan.domain.PlanImportResult;
import org.oversight.plan.domain.PlanNotFound;
import org.oversight.plan.domain.PlanRegister;
import org.oversight.plan.domain.PlanVersion;
import org.oversight.plan.domain.TargetCodec;
import org.oversight.plan.file.PlanFileException;
import org.oversight.plan.file.PlanFileProblem;
import org.oversight.plan.file.PlanFileReader;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The plan register for automation: read plans as JSON; import plan files (analysts, HTTP Basic). */
@RestController
@RequestMapping("/api/v1/plans")
public class PlanApiController {

    private final PlanRegister register;

    PlanApiController(PlanRegister register) {
        this.register = register;
    }

    public record PlanSummary(String key, String title, String force, String issuedBy, List<String> versions) {}

    public record VersionDocument(
            String plan,
            String label,
            String issuedOn,
            String variationOf,
            int version,
            List<ObjectiveDocument> objectives) {}

    public record ObjectiveDocument(
            String number,
            String title,
            String section,
            String description,
            String reasonsForChange,
            List<CommitmentDocument> commitments,
            List<MeasureDocument> measures) {}

    public record CommitmentDocument(
            String ref, String heading, String text, List<String> leads, String cadence, String start, String due) {}

    public record MeasureDocument(
            String ref,
            String heading,
            String text,
            String direction,
            String unit,
            List<String> leads,
            Object target,
            String targetInWords,
            String baselineInferred,
            boolean targetFromCommitment,
            List<String> targetNotes) {}

    @GetMapping
    @PublicAccess
    public List<PlanSummary> plans() {
        return register.plans().stream().map(this::summary).toList();
    }

    @GetMapping("/{key}")
    @PublicAccess
    public PlanSummary plan(@PathVariable String key) {
        return summary(register.plan(key));
    }

    @GetMapping("/{key}/versions/{label}")
    @PublicAccess
    public VersionDocument version(@PathVariable String key, @PathVariable String label) {
        PlanVersion version = register.version(key, label);
        return new VersionDocument(
                key,
                version.label(),
                version.issuedOn() == null ? null : version.issuedOn().toString(),
                version.variationOf(),
                version.version(),
                version.objectives().stream().map(PlanApiController::objective).toList());
    }

    /** Imports a plan file sent as the request body (YAML); 422 with every problem when it is refused. */
    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @AnalystAccess
    public PlanImportResult importPlan(
            @RequestBody byte[] body, @RequestParam(defaultValue = "upload.yaml") String fileName) {
        return register.importPlan(
                new PlanFileReader().read(fileName, new ByteArrayInputStream(body)), CurrentUser.name());
    }

    private PlanSummary summary(Plan plan) {
        return new PlanSummary(
                plan.key(),
                plan.title(),
                plan.force(),
                plan.issuedBy(),
                register.versions(plan).stream().map(PlanVersion::label).toList());
    }

    private static ObjectiveDocument objective(Objective objective) {
        return new ObjectiveDocument(
                objective.number(),
                objective.title(),
                objective.section(),
                objective.description(),
                objective.reasonsForChange(),
                objective.commitments().stream()
                        .map(PlanApiController::commitment)
                        .toList(),
                objective.measures().stream().map(PlanApiController::measure).toList());
    }

    private static CommitmentDocument commitment(Commitment c) {
        return new CommitmentDocument(
                c.ref(),
                c.heading(),
                c.text(),
                c.leads(),
                c.cadence() == null ? null : c.cadence().code(),
                c.startOn() == null ? null : c.startOn().toString(),
                c.dueOn() == null ? null : c.dueOn().toString());
    }

    private static MeasureDocument measure(Measure m) {
        return new MeasureDocument(
                m.ref(),
                m.heading(),
                m.text(),
                m.direction().code(),
                m.unit() == null ? null : m.unit().code(),
                m.leads(),
                TargetCodec.toMap(m.target()),
                m.target().words(m.unit()),
                m.baselineInferred(),
                m.targetFromCommitment(),
                m.targetNotes());
    }

    @ExceptionHandler(PlanNotFound.class)
    public ProblemDetail notFound(PlanNotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(PlanFileException.class)
    public ProblemDetail refused(PlanFileException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_ENTITY, "The plan file was refused; nothing was imported.");
        problem.setProperty(
                "problems", e.problems().stream().map(PlanFileProblem::toString).toList());
        return problem;
    }
}
