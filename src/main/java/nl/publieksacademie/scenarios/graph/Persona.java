package nl.publieksacademie.scenarios.graph;

/** The citizen the learner talks to. */
public record Persona(String name, String initials, String description) {}
