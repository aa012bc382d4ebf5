package org.oversight.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(
        name = "Plans",
        description = "The plan register: plans and their versions, with objectives, commitments and measures")
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
            @Schema(types = "object", description = "The target as data: its kind and values, as in the plan file")
                    Object target,
            String targetInWords,
            @Schema(description = "How the baseline was inferred, when the plan does not state it")
                    String baselineInferred,
            @Schema(description = "Whether the target is taken from the commitment's text")
                    boolean targetFromCommitment,
            List<String> targetNotes,
            @Schema(description = "The code of the indicator the measure reads, or null") String indicator,
            @Schema(description = "Why no indicator can serve the measure, or null") String noIndicator) {}

    @GetMapping
    @PublicAccess
    @Operation(summary = "List the plans", description = "Every plan in the register, with its versions' labels.")
    public List<PlanSummary> plans() {
        return register.plans().stream().map(this::summary).toList();
    }

    @GetMapping("/{key}")
    @PublicAccess
    @Operation(summary = "One plan", description = "A plan and its versions' labels.")
    @ApiResponse(responseCode = "200", description = "The plan.")
    @ApiResponse(responseCode = "404", description = "There is no plan with this key.", content = @Content)
    public PlanSummary plan(
            @Parameter(description = "The plan's key, e.g. wm-police-and-crime-plan") @PathVariable String key) {
        return summary(register.plan(key));
    }

    @GetMapping("/{key}/versions/{label}")
    @PublicAccess
    @Operation(
            summary = "One version of a plan, in full",
            description = "Its objectives, each with its commitments (leads, reporting cadence, start and due dates)"
                    + " and its measures (improvement direction, unit, leads, and the target as data and in words).")
    @ApiResponse(responseCode = "200", description = "The version.")
    @ApiResponse(
            responseCode = "404",
            description = "There is no plan with this key, or it has no such version.",
            content = @Content)
    public VersionDocument version(
            @Parameter(description = "The plan's key") @PathVariable String key,
            @Parameter(description = "The version's label, e.g. 2014-15") @PathVariable String label) {
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
    @Operation(
            summary = "Import a plan file",
            description = "The body is a plan file (YAML, format oversight-plan/1; see docs/plan-file-format.md)."
                    + " A new plan or version is created; a version imported again is updated in place. When the"
                    + " file has any problem, nothing is imported.")
    @ApiResponse(responseCode = "200", description = "What was imported: the plan and each version's outcome.")
    @ApiResponse(responseCode = "400", description = "There is no request body.", content = @Content)
    @ApiResponse(responseCode = "415", description = "The body is not sent as YAML.", content = @Content)
    @ApiResponse(
            responseCode = "422",
            description = "The plan file was refused and nothing was imported: `problems` lists every problem as"
                    + " `file:line:column field: message`.",
            content = @Content)
    public PlanImportResult importPlan(
            @RequestBody byte[] body,
            @Parameter(description = "The file's name, used in the problems' locations")
                    @RequestParam(defaultValue = "upload.yaml")
                    String fileName) {
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
                m.targetNotes(),
                m.indicator(),
                m.noIndicatorReason());
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
