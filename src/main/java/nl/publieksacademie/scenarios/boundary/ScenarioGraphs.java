package nl.publieksacademie.scenarios.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.publieksacademie.scenarios.control.ScenarioReader;
import nl.publieksacademie.scenarios.entity.ScenarioVersion;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;

/**
 * The graphs of published scenario versions, read from their stored source once and kept: a version never
 * changes, so its graph can be shared by every attempt pinned to it.
 */
@ApplicationScoped
public class ScenarioGraphs {

    private final Map<Long, ScenarioGraph> graphs = new ConcurrentHashMap<>();

    public ScenarioGraph of(ScenarioVersion version) {
        return graphs.computeIfAbsent(version.getId(), id -> {
            var read = ScenarioReader.read("version-" + id + ".yaml", version.getSource(), null);
            if (read.graph() == null || read.findings().hasErrors()) {
                throw new IllegalStateException("Stored scenario version " + id + " does not read: "
                        + read.findings().errors());
            }
            return read.graph();
        });
    }
}
