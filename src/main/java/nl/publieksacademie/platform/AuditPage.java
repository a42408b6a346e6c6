package nl.publieksacademie.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backing bean of {@code /admin/audit.xhtml} (admin): the most recent audit entries. */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    AuditLog audit;

    private List<AuditEntry> entries;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = audit.recent(500);
        }
        return entries;
    }
}
