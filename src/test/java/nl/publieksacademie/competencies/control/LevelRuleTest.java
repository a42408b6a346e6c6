package nl.publieksacademie.competencies.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelRuleTest {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    static final LevelRule RULE = new LevelRule(90, List.of(
            new LevelRule.Threshold(2, 0.5, 2), new LevelRule.Threshold(3, 1.2, 4), new LevelRule.Threshold(4, 2.0, 8)));

    static List<LevelRule.Point> points(int weight, int count, int daysAgo) {
        return Collections.nCopies(count, new LevelRule.Point(weight, NOW.minus(Duration.ofDays(daysAgo))));
    }

    @Test
    void withoutEvidenceEveryoneStartsAtLevelOne() {
        assertEquals(new LevelRule.Result(1, 0, 0), RULE.level(List.of(), NOW));
    }

    @Test
    void enoughRecentGoodEvidenceReachesTheHighestLevelItsThresholdAllows() {
        assertEquals(2, RULE.level(points(1, 2, 0), NOW).level());
        assertEquals(3, RULE.level(points(2, 4, 0), NOW).level());
        assertEquals(4, RULE.level(points(3, 8, 0), NOW).level());
    }

    @Test
    void aHighScoreOnTooLittleEvidenceStaysLow() {
        assertEquals(2, RULE.level(points(3, 3, 0), NOW).level());
    }

    @Test
    void evidenceLosesHalfItsWeightEveryHalfLife() {
        assertEquals(0.5, RULE.factor(NOW.minus(Duration.ofDays(90)), NOW), 1e-9);
        LevelRule.Result old = RULE.level(points(3, 8, 90), NOW);
        assertEquals(4.0, old.volume(), 1e-9);
        assertEquals(3, old.level());
    }

    @Test
    void recentPoorChoicesWeighMoreThanOldGoodOnes() {
        List<LevelRule.Point> mixed = new java.util.ArrayList<>(points(3, 4, 360));
        mixed.addAll(points(-2, 4, 0));
        LevelRule.Result result = RULE.level(mixed, NOW);
        assertEquals(1, result.level());
        assertEquals((4 * 3 * 0.0625 - 8) / (4 * 0.0625 + 4), result.score(), 1e-9);
    }

    @Test
    void keptSumsGiveTheSameResultAsTheEvidenceItself() {
        java.util.Random random = new java.util.Random(7);
        for (int run = 0; run < 200; run++) {
            List<LevelRule.Point> points = new java.util.ArrayList<>();
            double weighted = 0;
            double factors = 0;
            for (int i = random.nextInt(12); i > 0; i--) {
                int weight = random.nextInt(7) - 3;
                Instant at = NOW.minus(Duration.ofHours(random.nextInt(24 * 400)));
                points.add(new LevelRule.Point(weight, at));
                weighted += weight * RULE.epochFactor(at);
                factors += RULE.epochFactor(at);
            }
            LevelRule.Result direct = RULE.level(points, NOW);
            LevelRule.Result kept = RULE.fromSums(weighted, factors, NOW);
            assertEquals(direct.level(), kept.level(), points::toString);
            assertEquals(direct.score(), kept.score(), 1e-9);
            assertEquals(direct.volume(), kept.volume(), 1e-9);
        }
    }
}
