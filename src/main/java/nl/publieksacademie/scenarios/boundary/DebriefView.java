package nl.publieksacademie.scenarios.boundary;

import java.util.List;

/**
 * The debrief of a finished attempt: the outcome, the must-do checks passed or missed, the path taken with the
 * feedback on each choice and the options not taken, and the evidence earned per competency. {@code persona} is the
 * citizen's name: the debrief replays the conversation as the player showed it.
 */
public record DebriefView(long attempt, String scenario, String title, String setting, String persona,
        String outcome, String endingTitle, String debrief, List<CheckView> checks, List<StepView> steps,
        List<CompetencyTotal> evidence) {

    public record CheckView(String id, String label, boolean passed, boolean required) {}

    /**
     * One step taken: what the citizen said and what you chose, with feedback, evidence and the options not taken;
     * {@code turn} is the exchange as the player showed it (its channel, whether the channel changed there, the
     * message time), which the debrief draws with the player's own markup.
     */
    public record StepView(int number, String says, String chosen, String feedback, List<EvidenceView> evidence,
            List<OptionView> others, PlayView.Turn turn) {}

    public record OptionView(String text, String feedback) {}

    public record EvidenceView(String competency, String name, int weight, String reason) {}

    public record CompetencyTotal(String competency, String name, int total, int count) {}

    public boolean missedAny() {
        return checks.stream().anyMatch(c -> c.required() && !c.passed());
    }
}
