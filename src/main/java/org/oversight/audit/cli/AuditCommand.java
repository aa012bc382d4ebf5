package org.oversight.audit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oversight.audit.AuditTrail;
import org.oversight.audit.ChainVerification;
import org.oversight.platform.CommandGroup;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./oversight audit verify}. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "audit",
        description = "Check the audit trail.",
        mixinStandardHelpOptions = true,
        subcommands = {AuditCommand.Verify.class})
public class AuditCommand extends CommandGroup {

    /** Exit status when the chain does not verify. */
    static final int BROKEN = 1;

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "verify",
            description = "Recompute the audit trail's hash chain. Prints the number of entries and exits 0 when"
                    + " it is intact; exits 1 naming the first entry that does not verify.",
            mixinStandardHelpOptions = true)
    static class Verify implements Callable<Integer> {
        private final AuditTrail trail;
        private final ObjectMapper json;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean asJson;

        Verify(AuditTrail trail, ObjectMapper json) {
            this.trail = trail;
            this.json = json;
        }

        @Override
        public Integer call() throws JsonProcessingException {
            ChainVerification result = trail.verify();
            PrintWriter out = spec.commandLine().getOut();
            out.println(asJson ? json.writeValueAsString(document(result)) : result.sentence());
            out.flush();
            return result.intact() ? 0 : BROKEN;
        }

        static Map<String, Object> document(ChainVerification result) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("intact", result.intact());
            document.put("entries", result.entries());
            document.put("latestHash", result.latestHash());
            if (!result.intact()) {
                document.put(
                        "firstBrokenEntry",
                        Map.of(
                                "sequence",
                                result.broken().sequence(),
                                "problem",
                                result.broken().problem()));
            }
            return document;
        }
    }
}
