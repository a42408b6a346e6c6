-- A quiz's evidence counts once, at its best submission: a better retake looks up and replaces the evidence of the
-- earlier submissions by their ids, so that lookup needs an index.
CREATE INDEX evidence_submission_idx ON evidence (submission_id);
