-- Per-request audit log for rate limiting and abuse investigations.

CREATE TABLE partner_api.request_log (
    id           bigserial PRIMARY KEY,
    app_id       integer NOT NULL REFERENCES partner_api.client_apps (id) ON DELETE CASCADE,
    member_id    bigint,
    endpoint     varchar(120) NOT NULL,
    http_status  smallint NOT NULL,
    latency_ms   integer NOT NULL,
    ip_address   inet NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE partner_api.request_log
    ADD CONSTRAINT request_log_member_fk FOREIGN KEY (member_id) REFERENCES app.users (id) ON DELETE SET NULL;

COMMENT ON TABLE partner_api.request_log IS 'One row per API call made with a member''s access token.';
COMMENT ON COLUMN partner_api.request_log.ip_address IS 'Caller IP; room widgets call straight from the member''s browser';

CREATE INDEX request_log_app_time_idx ON partner_api.request_log (app_id, requested_at);

GRANT SELECT ON ALL TABLES IN SCHEMA partner_api TO analytics_ro;
