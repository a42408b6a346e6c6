package nl.publieksacademie.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.publieksacademie.content.control.Jargon;
import org.junit.jupiter.api.Test;

/** The Dutch texts address the user one way ("je", as the content does) and explain the file format's field names. */
class DutchTextsTest {

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DutchTextsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theInterfaceSaysJeNotU() throws IOException {
        Properties dutch = load("/nl/publieksacademie/platform/messages.properties");
        Pattern formal = Pattern.compile("(^|[\\s(])(u|uw|U|Uw)(?=[\\s,.?!)])");
        List<String> found = new ArrayList<>();
        dutch.forEach((key, text) -> {
            if (formal.matcher((String) text).find()) {
                found.add(key + "=" + text);
            }
        });
        assertEquals(List.of(), found);
    }

    /**
     * No Dutch interface text uses the jargon of the content format or of learning design ("evidence", "node",
     * "outcome", "setting"): the pages say "bewijs", "knoop", "uitkomst", "plaats van het gesprek".
     */
    @Test
    void theInterfaceSpeaksPlainDutchNotTheFormatsJargon() throws IOException {
        Properties dutch = load("/nl/publieksacademie/platform/messages.properties");
        List<String> found = new ArrayList<>();
        dutch.forEach((key, text) -> Jargon.find((String) text).forEach(f -> found.add(key + ": " + f.word())));
        found.sort(null);
        assertEquals(List.of(), found);
    }

    /** A field of the scenario format named in a Dutch message stands in brackets after a Dutch word, or in quotes. */
    @Test
    void validatorMessagesExplainFieldNames() throws IOException {
        Properties dutch = load("/nl/publieksacademie/content/control/findings_nl.properties");
        Pattern field = Pattern.compile("\\b(goto|choices|ending|says|narration|variables|checks|competencies|outcome"
                + "|effects|sets|requires)\\b");
        List<String> bare = new ArrayList<>();
        dutch.forEach((key, value) -> {
            String text = (String) value;
            Matcher m = field.matcher(text);
            while (m.find()) {
                boolean path = m.start() > 0 && text.charAt(m.start() - 1) == '/';
                if (!path && !insideBracketsOrQuotes(text, m.start())) {
                    bare.add(key + ": " + m.group());
                }
            }
        });
        bare.sort(null);
        assertEquals(List.of(), bare);
    }

    static boolean insideBracketsOrQuotes(String text, int at) {
        int open = text.lastIndexOf('(', at);
        int close = text.lastIndexOf(')', at);
        if (open > close) {
            return true;
        }
        long quotes = text.substring(0, at).chars().filter(c -> c == '"').count();
        return quotes % 2 == 1;
    }
}
