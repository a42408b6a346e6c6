-- Trends: each person's level per competency at the end of each closed month, kept so the trend reports never
-- rescan the evidence. A month is made once, from the evidence earned before its end, and made again only when the
-- level rule changes (level_snapshot.rule_hash) or evidence is written into the past (the demo-data generator).
-- Only levels above 1 are kept: whoever has no row was at level 1.
CREATE TABLE level_snapshot (
    closed_month CHAR(7) NOT NULL,
    rule_hash VARCHAR(64) NOT NULL,
    made_at TIMESTAMP NOT NULL,
    CONSTRAINT level_snapshot_pk PRIMARY KEY (closed_month)
);

CREATE TABLE level_month (
    competency VARCHAR(120) NOT NULL,
    closed_month CHAR(7) NOT NULL,
    staff_id BIGINT NOT NULL,
    staff_level SMALLINT NOT NULL,
    CONSTRAINT level_month_pk PRIMARY KEY (competency, closed_month, staff_id)
);
CREATE INDEX level_month_staff_idx ON level_month (staff_id);
