package nl.publieksacademie.staff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import nl.publieksacademie.platform.Problem;
import org.junit.jupiter.api.Timeout;

/**
 * Any uploaded text gives rows and problems, never an exception or a hang, and every row and problem names a line
 * of the file. Saved inputs under {@code StaffCsvFuzzTestInputs/} replay in every build; {@code mvn -Pfuzz} fuzzes.
 */
class StaffCsvFuzzTest {

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anyTextGivesRowsAndProblemsOnItsLines(byte[] input) {
        if (input.length > 256 * 1024) {
            return;
        }
        String text = new String(input, StandardCharsets.UTF_8);
        StaffCsv.Result result = new StaffCsv().read(text);
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        for (StaffCsv.Row row : result.rows()) {
            assertTrue(row.line() >= 1 && row.line() <= lines, () -> "row on line " + row.line() + " of " + lines);
        }
        for (Problem problem : result.problems()) {
            assertTrue(problem.line() >= 1 && problem.line() <= lines,
                    () -> "problem on line " + problem.line() + " of " + lines);
        }
    }
}
