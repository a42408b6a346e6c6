package nl.publieksacademie.content.control;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.competencies.control.FrameworkReader;
import nl.publieksacademie.scenarios.control.ScenarioReader;
import nl.publieksacademie.scenarios.control.ScenarioValidator;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;

/**
 * Checks content files the same way for the importer, the REST API and the editor: read, then (for scenarios)
 * the graph rules against the framework's competencies. Pure.
 */
public final class ContentCheck {

    /**
     * The outcome for one file: valid when it has no errors (warnings do not block). {@code complete} is false when
     * a live check left a slow search for the save (see {@link #scenarioLive}).
     */
    public record Checked(String file, List<Finding> errors, List<Finding> warnings, ScenarioGraph scenario,
            Framework framework, boolean complete) {

        public Checked(String file, List<Finding> errors, List<Finding> warnings, ScenarioGraph scenario,
                Framework framework) {
            this(file, errors, warnings, scenario, framework, true);
        }

        public boolean valid() {
            return errors.isEmpty();
        }

        /** One line per finding, errors first: {@code file:line:column: path: message}. */
        public String report(Locale locale) {
            return java.util.stream.Stream.concat(errors.stream(), warnings.stream())
                    .map(f -> f.describe(locale))
                    .collect(Collectors.joining("\n"));
        }
    }

    private ContentCheck() {}

    /**
     * Checks a scenario file. {@code expectedId} is the id the file name demands (null for uploads);
     * {@code framework} the current framework, or null when none is known.
     */
    public static Checked scenario(String file, String text, String expectedId, Framework framework) {
        return scenario(file, text, expectedId, framework, false);
    }

    /**
     * The editor's check after every change: as {@link #scenario}, but the search for success despite conduct
     * (up to a second for a large scenario) only when its result is known for the same structure, e.g. after an
     * edit of a text; otherwise it is left for the save and publish, and the result says so ({@code complete}).
     */
    public static Checked scenarioLive(String file, String text, String expectedId, Framework framework) {
        return scenario(file, text, expectedId, framework, true);
    }

    private static Checked scenario(String file, String text, String expectedId, Framework framework,
            boolean live) {
        ScenarioReader.Read read = ScenarioReader.read(file, text, expectedId);
        Findings findings = read.findings();
        boolean complete = true;
        if (read.graph() != null) {
            Set<String> competencies = framework == null ? null : framework.competencyIds();
            complete = ScenarioValidator.validate(read.graph(), findings, competencies, live);
        }
        ScenarioGraph graph = findings.hasErrors() ? null : read.graph();
        return new Checked(file, findings.errors(), findings.warnings(), graph, null, complete);
    }

    public static Checked framework(String file, String text) {
        FrameworkReader.Read read = FrameworkReader.read(file, text);
        return new Checked(file, read.findings().errors(), read.findings().warnings(), null, read.framework());
    }

    /** The id a scenario file's name demands: {@code scenarios/paspoort-verlopen.yaml} gives paspoort-verlopen. */
    public static String idOf(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
    }
}
