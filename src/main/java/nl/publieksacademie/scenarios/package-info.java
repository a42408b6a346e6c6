/**
 * Branching role-play scenarios: the graph model ({@code graph}), the expression language of conditions and
 * effects ({@code expression}), and in {@code control} the reader, validator, writer and the engine that moves a
 * learner through a scenario. These cores are plain Java: no injection, no JPA, no Faces. Never evaluates authored
 * text with anything but its own expression parser.
 */
package nl.publieksacademie.scenarios;
