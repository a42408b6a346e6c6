package nl.publieksacademie.competencies.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.publieksacademie.content.control.Finding;
import org.junit.jupiter.api.Test;

class FrameworkReaderTest {

    static final String VALID = """
            levels:
              - {level: 1, name: Beginnend}
              - {level: 2, name: In ontwikkeling}
              - {level: 3, name: Bekwaam}
              - {level: 4, name: Voorbeeld}
            rule:
              half_life_days: 90
              thresholds:
                2: {score: 0.5, evidence: 2}
                3: {score: 1.2, evidence: 4}
                4: {score: 2.0, evidence: 8}
            domains:
              - id: hostmanship
                name: Hostmanship
                description: Gastvrijheid.
                competencies:
                  - id: dienen
                    name: Dienen
                    description: Helpen.
                    levels: {1: a, 2: b, 3: c, 4: d}
            roles:
              baliemedewerker:
                name: Baliemedewerker
                targets: {dienen: 3}
            """;

    @Test
    void readsLevelsRuleDomainsAndRoles() {
        var read = FrameworkReader.read("competencies.yaml", VALID);
        assertTrue(read.findings().all().isEmpty(), read.findings().all()::toString);
        Framework framework = read.framework();
        assertEquals(90, framework.rule().halfLifeDays());
        assertEquals(3, framework.rule().thresholds().size());
        assertEquals(List.of("a", "b", "c", "d"), framework.competency("dienen").orElseThrow().levels());
        assertEquals(3, framework.roles().get("baliemedewerker").targets().get("dienen"));
    }

    @Test
    void reportsEachProblemWithItsLineAndGivesNoFramework() {
        String broken = VALID.replace("  - {level: 4, name: Voorbeeld}\n", "")
                .replace("3: {score: 1.2, evidence: 4}", "3: {score: 0.2, evidence: 4}")
                .replace("targets: {dienen: 3}", "targets: {dienen: 5, toveren: 2}");
        var read = FrameworkReader.read("competencies.yaml", broken);
        assertNull(read.framework());
        List<String> found = read.findings().errors().stream().map(f -> f.line() + " " + f.message()).toList();
        assertEquals(List.of(
                "1 The framework must have exactly four levels, not 3.",
                "9 The threshold of level 3 is lower than that of level 2: higher levels must ask at least as much.",
                "23 The target level 5 for \"dienen\" must be 1 to 4.",
                "23 The role \"baliemedewerker\" has a target for \"toveren\", which is not a competency of the framework."),
                found);
    }

    @Test
    void findingsSurviveStorage() {
        Finding finding = FrameworkReader.read("c.yaml", "levels: [").findings().errors().get(0);
        assertEquals(finding, Finding.decode(finding.encode()));
    }
}
