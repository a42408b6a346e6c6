package nl.publieksacademie.authoring;

import nl.publieksacademie.content.control.ContentCheck;

/** A scenario that cannot be published or imported because it has errors; nothing was stored. */
public class InvalidScenario extends RuntimeException {
    private final transient ContentCheck.Checked checked;

    public InvalidScenario(ContentCheck.Checked checked) {
        super(checked.file() + " has " + checked.errors().size() + " error(s)");
        this.checked = checked;
    }

    public ContentCheck.Checked checked() {
        return checked;
    }
}
