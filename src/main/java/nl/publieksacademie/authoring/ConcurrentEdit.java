package nl.publieksacademie.authoring;

import java.time.LocalDateTime;

/** A save that started from an older copy of the draft than the one stored: refused, nothing is overwritten. */
public class ConcurrentEdit extends RuntimeException {
    private final String by;
    private final LocalDateTime at;

    public ConcurrentEdit(String by, LocalDateTime at) {
        super("The draft was changed by " + by + " at " + at + " since it was opened");
        this.by = by;
        this.at = at;
    }

    /** A moment as the editors show it: {@code d-M-yyyy HH:mm}, empty when unknown. */
    public static String shown(LocalDateTime at) {
        return at == null ? "" : at.format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy HH:mm"));
    }

    public String by() { return by; }
    public LocalDateTime at() { return at; }
}
