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
}
