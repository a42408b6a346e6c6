-- The course editor's working copy: every file of the course folder in one JSON object (name -> base64), saved with
-- optimistic locking. Publishing turns a valid draft into a new course_version.
CREATE TABLE course_draft (
    course_id BIGINT NOT NULL PRIMARY KEY,
    bundle ${text} NOT NULL,
    updated_by VARCHAR(120) NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version INTEGER NOT NULL,
    CONSTRAINT course_draft_course_fk FOREIGN KEY (course_id) REFERENCES course (id)
);
