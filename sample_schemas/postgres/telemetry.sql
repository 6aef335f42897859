-- Product analytics: in-app events, page views, search, install attribution.

CREATE SCHEMA telemetry;

CREATE TABLE telemetry.app_events (
    id           bigserial,
    user_id      bigint REFERENCES app.users (id) ON DELETE SET NULL,
    install_id   uuid NOT NULL,
    session_id   uuid REFERENCES app.sessions (id) ON DELETE SET NULL,
    event_name   varchar(64) NOT NULL,
    screen       varchar(64),
    properties   jsonb NOT NULL DEFAULT '{}'::jsonb,
    platform     app.device_type NOT NULL,
    app_version  varchar(32),
    occurred_at  timestamptz NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id)
);

COMMENT ON TABLE telemetry.app_events IS 'Actions taken in the client: join_room, send_gift, cam_on, tap_profile ...';
COMMENT ON COLUMN telemetry.app_events.install_id IS 'Random id generated at first launch of the app';
COMMENT ON COLUMN telemetry.app_events.properties IS 'Event-specific payload, e.g. {"room_id": 42, "gift_sku": "rose"}';

CREATE INDEX app_events_name_idx ON telemetry.app_events (event_name, occurred_at);

CREATE TABLE telemetry.page_views (
    id          bigserial PRIMARY KEY,
    user_id     bigint REFERENCES app.users (id) ON DELETE SET NULL,
    cookie_id   varchar(64) NOT NULL,
    url         text NOT NULL,
    referrer    text,
    viewed_at   timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN telemetry.page_views.cookie_id IS 'Value of the _ptid first-party cookie';

CREATE TABLE telemetry.search_queries (
    id            bigserial PRIMARY KEY,
    user_id       bigint REFERENCES app.users (id) ON DELETE SET NULL,
    query         text NOT NULL,
    result_count  integer NOT NULL,
    searched_at   timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE telemetry.search_queries IS 'Room and member searches typed into the directory search box.';

CREATE TABLE telemetry.ad_attribution (
    id               bigserial PRIMARY KEY,
    user_id          bigint REFERENCES app.users (id) ON DELETE SET NULL,
    advertising_id   uuid,
    click_id         text,
    media_source     varchar(32),
    campaign         varchar(120),
    utm_source       varchar(64),
    utm_medium       varchar(64),
    utm_campaign     varchar(120),
    install_referrer text,
    ip_address       inet,
    user_agent       text,
    geo_country      char(2),
    installed_at     timestamptz NOT NULL
);

COMMENT ON TABLE telemetry.ad_attribution IS 'Install and signup attribution postbacks from the mobile measurement partner.';
COMMENT ON COLUMN telemetry.ad_attribution.advertising_id IS 'IDFA (iOS) or Google advertising id (Android)';
COMMENT ON COLUMN telemetry.ad_attribution.click_id IS 'gclid / fbclid of the ad click';
COMMENT ON COLUMN telemetry.ad_attribution.media_source IS 'facebook_ads | googleadwords_int | organic';

GRANT SELECT ON ALL TABLES IN SCHEMA telemetry TO analytics_ro;
