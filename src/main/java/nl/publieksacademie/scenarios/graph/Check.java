package nl.publieksacademie.scenarios.graph;

/** A named must-do step (e.g. "identiteit vastgesteld vóór uitreiking"), set by choices, required by endings. */
public record Check(String id, String label) {}
