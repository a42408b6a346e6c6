package nl.publieksacademie.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlTreeTest {

    static Map<String, YamlTree.Value> read(String yaml, Findings findings) {
        return YamlTree.parse(yaml, findings).orElseThrow().entries(List.of(), List.of());
    }

    @Test
    void plainScalarsAreTypedAsInYamlAndQuotedOnesStayText() {
        Findings findings = new Findings("t.yaml");
        var values = read("""
                count: 12
                negative: -3
                ratio: 0.5
                yes: true
                quoted: "12"
                text: 12 apen
                nothing:
                """, findings);
        assertEquals(Optional.of(12), values.get("count").integer());
        assertEquals(Optional.of(-3), values.get("negative").integer());
        assertEquals(Optional.of(0.5), values.get("ratio").decimal());
        assertEquals(Optional.of(true), values.get("yes").bool());
        assertTrue(values.get("nothing").isNull());
        assertTrue(findings.all().isEmpty());
        assertEquals(Optional.empty(), values.get("quoted").integer());
        assertEquals(Optional.of("12 apen"), values.get("text").text());
        assertEquals(List.of("5:1 quoted Expected a whole number here, found \"12\"."),
                findings.errors().stream().map(f -> f.line() + ":" + f.column() + " " + f.path() + " " + f.message())
                        .toList());
    }

    @Test
    void positionsAreFoundByPathOnlyWhenAFindingNeedsThem() {
        Findings findings = new Findings("t.yaml");
        YamlTree.parse("""
                nodes:
                  a:
                    choices:
                      - id: x
                        goto: b
                      - id: y
                        goto: c
                """, findings);
        assertEquals(new Findings.Position(7, 9), findings.position("nodes.a.choices[1].goto"));
        assertEquals(new Findings.Position(6, 9), findings.position("nodes.a.choices[1]"));
        assertEquals(new Findings.Position(2, 3), findings.position("nodes.a"));
        assertEquals(new Findings.Position(6, 9), findings.position("nodes.a.choices[1].missing"),
                "a path that is not there takes its parent's place");
    }

    @Test
    void aFileThatEndsWithABracketStillOpenIsBlamedOnItsLastLine() {
        Findings findings = new Findings("t.yaml");
        assertTrue(YamlTree.parse("id: kapot\ntitle: [\n\n", findings).isEmpty());
        assertEquals(2, findings.errors().get(0).line());
    }

    static final int DEEP = 100_000;

    @Test
    void aFileNestedDeeperThanTheLimitIsRefusedWhereItGoesTooDeepNotWithAStackOverflow() {
        for (String open : List.of("[", "{a: ")) {
            String close = open.equals("[") ? "]" : "}";
            String nested = open.repeat(DEEP) + "1" + close.repeat(DEEP);
            Findings findings = new Findings("deep.yaml");
            assertEquals(Optional.empty(), YamlTree.parse("title: deep\nbody: " + nested + "\n", findings));
            // the document's mapping is the first level: the limit is passed at the 64th bracket of the line
            int column = "body: ".length() + 1 + (YamlTree.MAX_DEPTH - 1) * open.length();
            assertEquals(List.of("2:" + column + " yaml.tooDeep [" + YamlTree.MAX_DEPTH + "]"),
                    findings.errors().stream().map(f -> f.line() + ":" + f.column() + " " + f.key() + " " + f.args())
                            .toList());
        }
    }

    @Test
    void blockNestingCountsTooAndNestingWithinTheLimitIsRead() {
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < YamlTree.MAX_DEPTH + 5; i++) {
            block.append("  ".repeat(i)).append("a").append(i).append(":\n");
        }
        Findings deep = new Findings("block.yaml");
        assertEquals(Optional.empty(), YamlTree.parse(block + "  ".repeat(YamlTree.MAX_DEPTH + 5) + "x\n", deep));
        assertEquals("yaml.tooDeep", deep.errors().get(0).key());

        Findings within = new Findings("within.yaml");
        String nested = "[".repeat(YamlTree.MAX_DEPTH - 1) + "1" + "]".repeat(YamlTree.MAX_DEPTH - 1);
        assertTrue(YamlTree.parse("body: " + nested + "\n", within).isPresent());
        assertTrue(within.errors().isEmpty(), within.errors().toString());
    }

    @Test
    void theEditorsLenientReadingRefusesDeepNestingQuietly() {
        assertEquals(Optional.empty(), LooseYaml.map("title: x\nbody: " + "[".repeat(DEEP) + "]".repeat(DEEP)));
        assertEquals(Optional.empty(), LooseYaml.map("body: " + "{a: ".repeat(DEEP) + "1" + "}".repeat(DEEP)));
        assertEquals("x", LooseYaml.map("title: x\nbody: [[1]]").orElseThrow().get("title"));
    }

    @Test
    void theScenarioReaderReportsDeepNestingAsAnErrorOfTheFile() {
        var read = nl.publieksacademie.scenarios.control.ScenarioReader.read("deep.yaml",
                "id: deep\ntitle: " + "[".repeat(DEEP) + "]".repeat(DEEP) + "\n", "deep");
        assertTrue(read.findings().errors().stream().anyMatch(f -> f.key().equals("yaml.tooDeep") && f.line() == 2),
                read.findings().errors().toString());
    }
}
