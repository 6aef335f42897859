-- Webcam / audio: recordings, live broadcasts, viewers, uploads.

CREATE SCHEMA media;

CREATE TYPE media.media_kind AS ENUM ('audio', 'video', 'audio_video');

CREATE TABLE media.recordings (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    room_id           bigint REFERENCES chat.rooms (id) ON DELETE SET NULL,
    recorded_by       bigint NOT NULL REFERENCES app.users (id),
    kind              media.media_kind NOT NULL,
    storage_url       text NOT NULL,
    thumbnail_url     text,
    codec             varchar(16) NOT NULL,
    duration_seconds  integer NOT NULL,
    size_bytes        bigint NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE media.recordings IS 'Recorded webcam/mic sessions of a room or a private call.';
COMMENT ON COLUMN media.recordings.storage_url IS 's3://pt-recordings/<room>/<id>.webm';
COMMENT ON COLUMN media.recordings.codec IS 'vp8, vp9, h264, opus';

CREATE TABLE media.live_streams (
    id            bigserial PRIMARY KEY,
    broadcaster   bigint NOT NULL REFERENCES app.users (id),
    room_id       bigint NOT NULL REFERENCES chat.rooms (id),
    stream_key    text NOT NULL,
    ingest_url    text NOT NULL,
    playback_url  text,
    kind          media.media_kind NOT NULL DEFAULT 'audio_video',
    codec         varchar(16),
    resolution    varchar(16),
    bitrate_kbps  integer,
    peak_viewers  integer NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    ended_at      timestamptz
);

COMMENT ON COLUMN media.live_streams.stream_key IS 'Per-broadcaster key; whoever holds it can go live as that member';
COMMENT ON COLUMN media.live_streams.ingest_url IS 'RTMP/WHIP endpoint of the media server';
COMMENT ON COLUMN media.live_streams.playback_url IS 'HLS playlist of the live webcam feed';

CREATE TABLE media.stream_viewers (
    stream_id      bigint NOT NULL REFERENCES media.live_streams (id) ON DELETE CASCADE,
    viewer_id      bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    joined_at      timestamptz NOT NULL,
    left_at        timestamptz,
    watch_seconds  integer NOT NULL DEFAULT 0,
    ip_address     inet,
    PRIMARY KEY (stream_id, viewer_id, joined_at)
);

CREATE TABLE media.webcam_snapshots (
    id                bigserial PRIMARY KEY,
    user_id           bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    room_id           bigint REFERENCES chat.rooms (id) ON DELETE SET NULL,
    image_url         text NOT NULL,
    moderation_score  real,
    captured_at       timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE media.webcam_snapshots IS 'Frames grabbed every 60 s from live cams for the moderation classifier.';

CREATE TABLE media.uploads (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    owner       bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    purpose     varchar(16) NOT NULL,
    url         text NOT NULL,
    mime_type   varchar(64) NOT NULL,
    width       integer,
    height      integer,
    size_bytes  bigint NOT NULL,
    sha256      bytea NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN media.uploads.purpose IS 'avatar | pm_attachment | room_banner';

CREATE INDEX uploads_owner_idx ON media.uploads (owner);
CREATE INDEX uploads_sha_idx ON media.uploads USING hash (sha256);

GRANT USAGE ON SCHEMA media TO media_service;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA media TO media_service;
