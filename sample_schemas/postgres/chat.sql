-- Rooms, memberships, bans and messages.

CREATE SCHEMA chat;

CREATE TYPE chat.member_role AS ENUM ('member', 'voice', 'moderator', 'owner');
CREATE TYPE chat.presence_status AS ENUM ('online', 'away', 'busy', 'invisible', 'offline');

CREATE TABLE chat.room_categories (
    id          smallint PRIMARY KEY,
    slug        varchar(40) NOT NULL UNIQUE,
    name        varchar(80) NOT NULL,
    sort_order  smallint NOT NULL DEFAULT 100
);

COMMENT ON TABLE chat.room_categories IS 'Directory sections: Music, Dating, Religion, Sports, ...';

COPY chat.room_categories (id, slug, name, sort_order) FROM stdin;
1	music	Music	10
2	dating	Dating & Romance	20
3	religion	Religion & Spirituality	30
4	sports	Sports	40
5	languages	Language Exchange	50
\.

CREATE TABLE chat.rooms (
    id            bigserial PRIMARY KEY,
    name          varchar(120) NOT NULL,
    topic         text,
    category_id   smallint NOT NULL REFERENCES chat.room_categories (id),
    owner_id      bigint REFERENCES app.users (id) ON DELETE SET NULL,
    is_private    boolean NOT NULL DEFAULT false,
    adult_only    boolean NOT NULL DEFAULT false,
    "language"    varchar(8) NOT NULL DEFAULT 'en',
    max_members   integer NOT NULL DEFAULT 500,
    server_id     integer,
    created_at    timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE chat.rooms IS 'Chat rooms. Owners are members; the room itself is not a person.';
COMMENT ON COLUMN chat.rooms.topic IS 'Banner text set by the room owner';
COMMENT ON COLUMN chat.rooms."language" IS 'Main language spoken in the room';

CREATE INDEX rooms_category_idx ON chat.rooms (category_id) WHERE NOT is_private;

CREATE TABLE chat.room_members (
    room_id     bigint NOT NULL REFERENCES chat.rooms (id) ON DELETE CASCADE,
    user_id     bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    role        chat.member_role NOT NULL DEFAULT 'member',
    invited_by  bigint REFERENCES app.users (id),
    joined_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (room_id, user_id)
);

CREATE TABLE chat.room_bans (
    id          bigserial PRIMARY KEY,
    room_id     bigint NOT NULL REFERENCES chat.rooms (id) ON DELETE CASCADE,
    banned      bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    banned_by   bigint REFERENCES app.users (id),
    reason      text,
    expires_at  timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN chat.room_bans.reason IS 'Free text typed by the room moderator, visible to room staff only';

CREATE TABLE chat.room_messages (
    id             bigserial PRIMARY KEY,
    room_id        bigint NOT NULL REFERENCES chat.rooms (id) ON DELETE CASCADE,
    sender_id      bigint NOT NULL REFERENCES app.users (id),
    body           text NOT NULL,
    client_msg_id  uuid NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    edited_at      timestamptz
);

COMMENT ON TABLE chat.room_messages IS 'Text chat posted in rooms, visible to everyone in the room.';

CREATE INDEX room_messages_room_idx ON chat.room_messages (room_id, created_at DESC);

CREATE TABLE chat.direct_messages (
    id              bigserial PRIMARY KEY,
    sender_id       bigint NOT NULL REFERENCES app.users (id),
    recipient       bigint NOT NULL REFERENCES app.users (id),
    body            text,
    attachment_url  text,
    read_at         timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE chat.direct_messages IS 'Private one-to-one messages (PMs).';

CREATE TABLE chat."presence" (
    user_id          bigint PRIMARY KEY REFERENCES app.users (id) ON DELETE CASCADE,
    status           chat.presence_status NOT NULL DEFAULT 'offline',
    "lastSeenAt"     timestamptz,
    "currentRoomId"  bigint REFERENCES chat.rooms (id) ON DELETE SET NULL,
    "updatedAt"      timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE chat."presence" IS 'Written by the presence service (camelCase columns come from its ORM).';

GRANT USAGE ON SCHEMA chat TO chat_service;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA chat TO chat_service;
