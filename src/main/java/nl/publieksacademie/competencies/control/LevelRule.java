package nl.publieksacademie.competencies.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Turns evidence into a level. Each piece of evidence (weight -3..3) counts with the recency factor
 * {@code 0.5 ^ (age in days / halfLifeDays)}. The score is the factor-weighted mean weight, the volume the sum of
 * the factors. The level is the highest whose threshold has {@code score >= threshold.score} and
 * {@code volume >= threshold.evidence}; otherwise 1.
 */
public record LevelRule(double halfLifeDays, List<Threshold> thresholds) {

    /** What it takes to reach {@code level}. Thresholds are kept in ascending level order. */
    public record Threshold(int level, double score, double evidence) {}

    /** One piece of evidence: its weight and when it was earned. */
    public record Point(int weight, Instant at) {}

    /** The outcome for one competency. */
    public record Result(int level, double score, double volume) {}

    public LevelRule {
        thresholds = thresholds.stream().sorted(java.util.Comparator.comparingInt(Threshold::level)).toList();
    }

    public Result level(List<Point> points, Instant now) {
        double weighted = 0;
        double volume = 0;
        for (Point point : points) {
            double factor = factor(point.at(), now);
            weighted += point.weight() * factor;
            volume += factor;
        }
        double score = volume == 0 ? 0 : weighted / volume;
        return new Result(levelOf(score, volume), score, volume);
    }

    /**
     * The fixed moment against which stored sums are kept: a piece of evidence earned at {@code at} adds
     * {@code 2^(days since EPOCH / halfLifeDays)} to the factor sum, so sums never need rescaling as time passes.
     */
    public static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    /** The factor of evidence earned at {@code at} relative to {@link #EPOCH}. */
    public double epochFactor(Instant at) {
        return Math.pow(2, days(EPOCH, at) / halfLifeDays);
    }

    /**
     * The result from kept sums: {@code weighted} = Σ weight·epochFactor, {@code factors} = Σ epochFactor. The score
     * does not depend on the moment; the volume is the factor sum scaled to {@code now}. Gives the same result as
     * {@link #level(List, Instant)} over the same evidence (for evidence not from the future).
     */
    public Result fromSums(double weighted, double factors, Instant now) {
        if (factors <= 0) {
            return new Result(1, 0, 0);
        }
        double score = weighted / factors;
        double volume = factors * Math.pow(2, -days(EPOCH, now) / halfLifeDays);
        return new Result(levelOf(score, volume), score, volume);
    }

    private int levelOf(double score, double volume) {
        int level = 1;
        for (Threshold threshold : thresholds) {
            if (score >= threshold.score() - 1e-9 && volume >= threshold.evidence() - 1e-9) {
                level = threshold.level();
            }
        }
        return level;
    }

    private static double days(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 86_400_000.0;
    }

    /** The recency factor of evidence earned at {@code at}; evidence from the future counts as new. */
    public double factor(Instant at, Instant now) {
        double ageDays = Math.max(0, Duration.between(at, now).toSeconds()) / 86_400.0;
        return Math.pow(0.5, ageDays / halfLifeDays);
    }
}
