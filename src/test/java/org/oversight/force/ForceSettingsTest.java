package org.oversight.force;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The force is set on the first start (the example force with the example data) and changed by an administrator. */
@SpringBootTest
@RecordApplicationEvents
class ForceSettingsTest {

    @Autowired
    ForceApi force;

    @Autowired
    ApplicationEvents events;

    private ForceSettings example;

    @AfterEach
    void putTheExampleBack() {
        if (example != null) {
            force.configure(example.slug(), example.name(), example.officeName(), "test");
        }
    }

    @Test
    void withTheExamplePlansTheExampleForceIsSetAndSaysSo() {
        ForceSettings current = force.current().orElseThrow();

        assertThat(current.configuredBy()).isIn("example-data", "test");
        assertThat(force.knownForces()).anySatisfy(f -> assertThat(f.slug()).isEqualTo(current.slug()));
    }

    @Test
    void anAdministratorSetsTheForceByItsSlugAndTheNameComesFromDataPoliceUk() {
        example = force.current().orElseThrow();

        ForceSettings set = force.configure(
                "wiltshire", null, "Office of the Police and Crime Commissioner for Wiltshire and Swindon", "admin");

        assertThat(set.name()).isEqualTo("Wiltshire Police");
        assertThat(set.example()).isFalse();
        assertThat(force.slug()).isEqualTo("wiltshire");
        assertThat(events.stream(ForceConfigured.class)).anySatisfy(e -> {
            assertThat(e.objectId()).isEqualTo("wiltshire");
            assertThat(e.before()).isNotNull();
            assertThat(e.after()).contains("Wiltshire Police", "Swindon");
            assertThat(e.by()).isEqualTo("admin");
        });
    }

    @Test
    void aSlugThatIsNotWrittenAsDataPoliceUkWritesSlugsIsRefusedAndNothingChanges() {
        ForceSettings before = force.current().orElseThrow();

        assertThatThrownBy(() -> force.configure("Wiltshire Police", null, "", "admin"))
                .isInstanceOf(ForceRefused.class)
                .satisfies(e -> assertThat(((ForceRefused) e).problems())
                        .containsKeys("slug", "officeName")
                        .containsEntry(
                                "officeName", "Enter the office's name, as page headers and reports should show it"));
        assertThat(force.current()).contains(before);
    }
}
