-- The editor's working copy of a scenario: one draft per scenario, saved with optimistic locking (version), with
-- the node positions of the graph view. Publishing turns a valid draft into a new scenario_version. A scenario can
-- be archived: it stays readable (and its attempts), but is no longer offered to learners.
CREATE TABLE scenario_draft (
    scenario_id BIGINT NOT NULL PRIMARY KEY,
    source ${text} NOT NULL,
    positions ${text},
    updated_by VARCHAR(120) NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version INTEGER NOT NULL,
    CONSTRAINT scenario_draft_scenario_fk FOREIGN KEY (scenario_id) REFERENCES scenario (id)
);

ALTER TABLE scenario ADD COLUMN archived BOOLEAN DEFAULT FALSE NOT NULL;
