package nl.publieksacademie.scenarios.graph;

/** What a choice shows about one competency: a weight from -3 to 3 and why. */
public record Evidence(String competency, int weight, String reason) {}
