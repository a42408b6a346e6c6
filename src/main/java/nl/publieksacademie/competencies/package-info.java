/**
 * The competency framework: levels, level descriptors, role target profiles and the rule that turns evidence into
 * a level. Reads evidence; never writes content.
 */
package nl.publieksacademie.competencies;
