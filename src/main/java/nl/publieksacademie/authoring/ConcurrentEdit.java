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

    public String by() { return by; }
    public LocalDateTime at() { return at; }
}
