-- HR reports: which departments an HR user may see individual data of (granted by an admin); the recency factor of
-- each piece of evidence kept beside it (so reports for a period are sums in SQL); indexes for the report queries;
-- a mark on staff members who were pseudonymized after leaving.
CREATE TABLE hr_grant (
    staff_id BIGINT NOT NULL,
    department VARCHAR(120) NOT NULL,
    granted_by VARCHAR(120) NOT NULL,
    granted_at TIMESTAMP NOT NULL,
    CONSTRAINT hr_grant_pk PRIMARY KEY (staff_id, department),
    CONSTRAINT hr_grant_staff_fk FOREIGN KEY (staff_id) REFERENCES staff_member (id)
);

ALTER TABLE evidence ADD COLUMN factor DOUBLE PRECISION;
CREATE INDEX evidence_earned_idx ON evidence (earned_at);
CREATE INDEX competency_score_competency_idx ON competency_score (competency);

ALTER TABLE staff_member ADD COLUMN pseudonymized BOOLEAN DEFAULT FALSE NOT NULL;
