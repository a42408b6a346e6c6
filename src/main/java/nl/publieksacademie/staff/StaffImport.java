package nl.publieksacademie.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.Messages;
import jakarta.servlet.http.Part;

/** Backing bean of {@code /admin/import.xhtml} (admin): staff from a CSV file, all lines or none. */
@Named
@RequestScoped
public class StaffImport {

    /** A refused line as shown on the page. */
    public record LineError(int line, String message) {}

    @Inject
    Staff staff;

    @Inject
    Messages messages;

    private Part file;
    private List<LineError> errors = List.of();
    private Integer imported;

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            errors = List.of(new LineError(0, messages.text("import.error.noFile")));
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        }
        try {
            String text = StaffCsv.decode(bytes);
            imported = staff.importCsv(text);
            errors = List.of();
        } catch (InvalidInput invalid) {
            imported = null;
            errors = invalid.problems().stream()
                    .map(p -> new LineError(p.line(), messages.format(p.key(), p.arguments().toArray())))
                    .toList();
        }
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public List<LineError> getErrors() { return errors; }
    public Integer getImported() { return imported; }
}
