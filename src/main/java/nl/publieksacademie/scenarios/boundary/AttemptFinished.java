package nl.publieksacademie.scenarios.boundary;

import nl.publieksacademie.scenarios.graph.Outcome;

/**
 * Fired inside the transaction of the step that ended an attempt, so whatever observes it (course progress)
 * commits or rolls back together with the step.
 */
public record AttemptFinished(Long staffId, String scenario, Outcome outcome, Long attemptId) {}
