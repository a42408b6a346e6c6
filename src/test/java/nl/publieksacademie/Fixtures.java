package nl.publieksacademie;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The test fixtures under {@code src/test/resources/fixtures} and the content folder the tests read. */
public final class Fixtures {

    private Fixtures() {}

    /** The text of {@code fixtures/scenarios/<file>}. */
    public static String scenario(String file) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/scenarios/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing fixture " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable fixture " + file, e);
        }
    }

    /** The content folder: a copy under target for integration tests, the project folder for unit tests. */
    public static Path contentDir() {
        return Path.of(System.getProperty("pa.content.dir", "."));
    }
}
