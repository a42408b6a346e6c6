package nl.publieksacademie.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import nl.publieksacademie.platform.Problem;
import org.junit.jupiter.api.Test;

class StaffFormTest {

    @Test
    void aCompleteFormHasNoProblemsAndIsNormalised() {
        var form = new StaffForm("  Sanne Bos ", " Sanne.Bos@Gemeente.NL ", null, null, "balie", Set.of("learner"),
                true, "");
        assertEquals("Sanne Bos", form.fullName());
        assertEquals("sanne.bos@gemeente.nl", form.email());
        assertEquals("sanne.bos@gemeente.nl", form.username());
        assertEquals(null, form.password(), "an empty password means: leave it as it is");
        assertEquals(List.of("jobRole"), form.check().stream().map(Problem::field).toList());
    }

    @Test
    void everyProblemNamesItsField() {
        var form = new StaffForm("", "geen adres", "Met Spatie", null, null, Set.of("root"), true, "kort");
        assertEquals(List.of("fullName", "email", "username", "roles", "password"),
                form.check().stream().map(Problem::field).toList());
    }
}
