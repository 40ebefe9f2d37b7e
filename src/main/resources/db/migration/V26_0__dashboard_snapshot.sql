-- console: the home dashboards' registry figures per zone (issue 9), computed in the background for the whole province
-- and kept here so that no page waits for the computation — not even the first visit after a start — and so that the
-- instances behind a load balancer share one computation. One row per snapshot name; figures as JSON.
CREATE TABLE dashboard_snapshot (
    name        VARCHAR(64)      PRIMARY KEY,
    computed_at TIMESTAMP        NOT NULL,
    took_ms     BIGINT           NOT NULL,
    figures     VARCHAR(1000000) NOT NULL
);
