select
    room_id,
    cast(posted_at as date) as activity_date,
    count(message_id) as messages,
    count(distinct sender_id) as active_senders
from {{ ref('stg_room_messages') }}
group by room_id, cast(posted_at as date)
