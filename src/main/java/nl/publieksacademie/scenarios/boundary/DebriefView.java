package nl.publieksacademie.scenarios.boundary;

import java.util.List;

/**
 * The debrief of a finished attempt: the outcome, the must-do checks passed or missed, the path taken with the
 * feedback on each choice and the options not taken, and the evidence earned per competency.
 */
public record DebriefView(long attempt, String scenario, String title, String setting, String outcome,
        String endingTitle, String debrief, List<CheckView> checks, List<StepView> steps,
        List<CompetencyTotal> evidence) {

    public record CheckView(String id, String label, boolean passed, boolean required) {}

    public record StepView(int number, String says, String chosen, String feedback, List<EvidenceView> evidence,
            List<OptionView> others) {}

    public record OptionView(String text, String feedback) {}

    public record EvidenceView(String competency, String name, int weight, String reason) {}

    public record CompetencyTotal(String competency, String name, int total, int count) {}

    public boolean missedAny() {
        return checks.stream().anyMatch(c -> c.required() && !c.passed());
    }
}
