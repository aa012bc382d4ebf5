package org.oversight.updates.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lead scoping is enforced on every write, whatever the page or address that calls it (ADR 0015):
 * each public method of the update's writers that changes something declares who may call it.
 */
class LeadScopeTest {

    private static final List<Class<?>> WRITERS = List.of(UpdateWork.class, EvidenceFiles.class);

    private static Stream<Method> writes() {
        return WRITERS.stream()
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .filter(method -> {
                    Transactional transactional = method.getAnnotation(Transactional.class);
                    return transactional != null && !transactional.readOnly();
                });
    }

    @Test
    void everyWriteOfAnUpdateOrItsEvidenceDeclaresWhoMayMakeIt() {
        List<String> unguarded = writes().filter(method -> !method.isAnnotationPresent(PreAuthorize.class))
                .map(method -> method.getDeclaringClass().getSimpleName() + "." + method.getName())
                .toList();

        assertThat(unguarded).as("writes without @PreAuthorize").isEmpty();
    }

    @Test
    void theLeadsOwnWritesAreScopedToTheItemsTheyLead() {
        List<String> leadWrites = List.of("saveDraft", "submit", "attach", "remove");

        assertThat(writes().filter(method -> leadWrites.contains(method.getName())))
                .hasSize(leadWrites.size())
                .allSatisfy(method -> assertThat(
                                method.getAnnotation(PreAuthorize.class).value())
                        .as(method.getName())
                        .isEqualTo("@leadScope.mayWrite(#itemId)"));
    }

    @Test
    void theReviewIsTheAnalysts() {
        assertThat(writes().filter(method -> List.of("returnToLead", "accept").contains(method.getName())))
                .hasSize(2)
                .allSatisfy(method -> assertThat(
                                method.getAnnotation(PreAuthorize.class).value())
                        .isEqualTo("hasRole('ANALYST')"));
    }
}
