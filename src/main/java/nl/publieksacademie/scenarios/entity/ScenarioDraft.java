package nl.publieksacademie.scenarios.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * The editor's working copy of a scenario (its file text) and the positions of its nodes in the graph view. The
 * version makes a save that started from an older copy fail instead of overwriting someone else's work.
 */
@Entity
@Table(name = "scenario_draft")
public class ScenarioDraft {

    @Id
    @Column(name = "scenario_id")
    private Long scenarioId;

    @Lob
    private String source;

    @Lob
    private String positions;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected ScenarioDraft() {}

    public ScenarioDraft(Long scenarioId, String source, String positions, String by) {
        this.scenarioId = scenarioId;
        change(source, positions, by);
    }

    /**
     * The draft an editor opens on a published version before anyone saved: stamped with the version's importer and
     * time, so that opening the editor does not make the opener its last editor.
     */
    public static ScenarioDraft of(ScenarioVersion version) {
        ScenarioDraft draft = new ScenarioDraft(version.getScenario().getId(), version.getSource(), null,
                version.getImportedBy());
        draft.updatedAt = version.getImportedAt();
        return draft;
    }

    public void change(String source, String positions, String by) {
        this.source = source;
        this.positions = positions;
        this.updatedBy = by;
        this.updatedAt = LocalDateTime.now();
    }

    public Long getScenarioId() { return scenarioId; }
    public String getSource() { return source; }
    public String getPositions() { return positions; }
    public String getUpdatedBy() { return updatedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
}
