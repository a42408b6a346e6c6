package nl.publieksacademie.platform;

/** The requested thing does not exist; REST answers 404. */
public class NotFound extends RuntimeException {
    public NotFound(String what, long id) {
        super(what + " " + id + " not found");
    }

    public NotFound(String what) {
        super(what + " not found");
    }
}
