package nl.publieksacademie.platform;

/** A staff member's account was written; observers act once its transaction has ended. */
public record AccountChanged(long staffId) {}
