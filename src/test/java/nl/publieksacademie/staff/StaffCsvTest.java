package nl.publieksacademie.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.Problem;
import org.junit.jupiter.api.Test;

class StaffCsvTest {

    final StaffCsv csv = new StaffCsv();

    @Test
    void readsEveryColumnWithEitherSeparator() {
        for (String text : List.of(
                "name,email,team,job_role,roles,username\nAnouk de Vries,Anouk@Gemeente.nl,Wmo Noord,wmo-consulent,learner;hr,anouk\n",
                "name;email;team;job_role;roles;username\nAnouk de Vries;Anouk@Gemeente.nl;Wmo Noord;wmo-consulent;learner hr;anouk\n")) {
            StaffCsv.Result result = csv.read(text);
            assertEquals(List.of(), result.problems());
            StaffCsv.Row row = result.rows().get(0);
            assertEquals(2, row.line());
            assertEquals("Anouk de Vries", row.form().fullName());
            assertEquals("anouk@gemeente.nl", row.form().email());
            assertEquals("anouk", row.form().username());
            assertEquals("Wmo Noord", row.teamName());
            assertEquals("wmo-consulent", row.form().jobRole());
            assertEquals(Set.of("learner", "hr"), row.form().roles());
        }
    }

    @Test
    void theUserNameDefaultsToTheEmailAddressAndHeadersIgnoreCaseAndOrder() {
        StaffCsv.Result result = csv.read("\uFEFFEmail,Name\nk.bakker@gemeente.nl,Kees Bakker\n");
        assertEquals(List.of(), result.problems());
        assertEquals("k.bakker@gemeente.nl", result.rows().get(0).form().username());
    }

    @Test
    void everyBadLineIsReportedWithItsNumberEvenAfterAQuotedMultiLineField() {
        String text = """
                name,email,job_role,roles
                "Jansen,
                 Piet",piet@gemeente.nl,,learner
                ,leeg@gemeente.nl,,learner
                Fout,geen-adres,,learner
                Functie,f@gemeente.nl,koffiezetter,learner
                Rol,r@gemeente.nl,,superuser
                Dubbel,piet@gemeente.nl,,learner
                """;
        List<Problem> problems = csv.read(text).problems();
        assertEquals(List.of(4, 5, 6, 7, 8), problems.stream().map(Problem::line).toList());
        assertEquals(List.of("staff.error.nameRequired", "staff.error.emailInvalid", "staff.error.jobRoleUnknown",
                "staff.error.roleUnknown", "import.error.duplicateInFile"), problems.stream().map(Problem::key).toList());
        assertEquals(List.of("piet@gemeente.nl", 2), problems.get(4).arguments());
    }

    @Test
    void aMissingRequiredColumnIsReportedOnTheHeaderLine() {
        List<Problem> problems = csv.read("name,team\nKees,Balie\n").problems();
        assertEquals(1, problems.size());
        assertEquals(1, problems.get(0).line());
        assertEquals("import.error.missingColumn", problems.get(0).key());
        assertEquals(List.of("email"), problems.get(0).arguments());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertTrue(csv.read("  \n").problems().stream().anyMatch(p -> p.key().equals("import.error.empty")));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithEveryBadLineNotReadWithReplacementCharacters() {
        byte[] latin1 = ("name,email\nJosé Smit,jose@gemeente.nl\nAnna,anna@gemeente.nl\nRenée,renee@gemeente.nl\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> StaffCsv.decode(latin1));
        assertEquals(List.of(2, 4), refused.problems().stream().map(Problem::line).toList());
        assertTrue(refused.problems().stream().allMatch(p -> p.key().equals("import.error.notUtf8")));
    }

    @Test
    void utf8WithAByteOrderMarkIsReadAsItIs() {
        String text = "\uFEFFname,email\nJosé Smit,jose@gemeente.nl\r\nZoë,zoe@gemeente.nl";
        assertEquals(text, StaffCsv.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("José Smit", csv.read(StaffCsv.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .rows().get(0).form().fullName());
    }
}
