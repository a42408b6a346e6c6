package nl.publieksacademie.courses.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;

/**
 * Any bytes as a course folder's {@code course.yaml} or as its quiz file (the rest of the folder is the valid
 * fixture {@code fixtures/courses/basis}) give a read with findings, never an exception or a hang; a read without
 * errors has a course. Saved inputs under {@code CourseReaderFuzzTestInputs/} replay in every build;
 * {@code mvn -Pfuzz} fuzzes.
 */
class CourseReaderFuzzTest {

    static final Map<String, byte[]> BASIS = CourseReaderTest.basis();

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anyCourseFileGivesFindingsNotAnException(byte[] input) {
        read(CourseReader.COURSE_FILE, input);
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anyQuizFileGivesFindingsNotAnException(byte[] input) {
        read("toets.quiz.yaml", input);
    }

    private static void read(String file, byte[] input) {
        if (input.length > 64 * 1024) {
            return;
        }
        Map<String, byte[]> files = new TreeMap<>(BASIS);
        files.put(file, input);
        CourseReader.Read read = CourseReaderTest.read(files);
        assertEquals(read.valid(), read.course() != null, () -> read.errors().toString());
        Stream.concat(read.errors().stream(), read.warnings().stream())
                .forEach(finding -> assertNotNull(finding.describe(Locale.ENGLISH)));
    }
}
