select
    id as message_id,
    room_id,
    sender_id,
    created_at as posted_at
from {{ source('chat', 'room_messages') }}
