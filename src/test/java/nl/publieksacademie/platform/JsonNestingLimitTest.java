package nl.publieksacademie.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The nesting check stops a deep body while it streams, and lets every bracket inside a string through. */
class JsonNestingLimitTest {

    static byte[] readAll(String json) throws IOException {
        try (InputStream in = new JsonNestingLimit.Limited(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
            return in.readAllBytes();
        }
    }

    @Test
    void aBodyNestedDeeperThanTheLimitIsStoppedWhateverTheBrackets() {
        int deep = 100_000;
        assertThrows(JsonNestingLimit.TooDeep.class, () -> readAll("[".repeat(deep) + "]".repeat(deep)));
        assertThrows(JsonNestingLimit.TooDeep.class, () -> readAll("{\"a\":".repeat(deep) + "1" + "}".repeat(deep)));
        int justOver = JsonNestingLimit.MAX_DEPTH + 1;
        assertThrows(JsonNestingLimit.TooDeep.class, () -> readAll("[".repeat(justOver) + "]".repeat(justOver)));
    }

    @Test
    void nestingUpToTheLimitAndBracketsInsideStringsPassUnchanged() throws IOException {
        int limit = JsonNestingLimit.MAX_DEPTH;
        String atLimit = "[".repeat(limit) + "]".repeat(limit);
        assertArrayEquals(atLimit.getBytes(StandardCharsets.UTF_8), readAll(atLimit));
        String text = "{\"source\":\"" + "[{".repeat(1000) + "\\\"[[[\\\\\",\"naïve\":[1]}";
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), readAll(text));
    }
}
