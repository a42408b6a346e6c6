package nl.publieksacademie.staff;

/** A team with its department and number of active members (a report row, read with a JPQL constructor). */
public record TeamSize(String department, String team, long members) {}
