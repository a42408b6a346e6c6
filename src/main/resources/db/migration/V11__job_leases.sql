-- Background jobs (the monthly levels, the demo municipality) run on one node of a cluster at a time: a node runs a
-- job only while it holds the job's lease. A lease is taken by one atomic UPDATE (free when expired or already
-- ours) or, on a job's first run, by an INSERT that the primary key lets only one node win. A node that dies keeps
-- the lease until it expires; then another node takes it over.
CREATE TABLE job_lease (
    job VARCHAR(60) NOT NULL,
    holder VARCHAR(160) NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    CONSTRAINT job_lease_pk PRIMARY KEY (job)
);
