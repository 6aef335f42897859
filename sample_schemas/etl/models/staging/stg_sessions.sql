select
    id as session_id,
    user_id,
    ip_address,
    device_id,
    device_type,
    os_name,
    referrer,
    latitude,
    longitude,
    started_at,
    cast(started_at as date) as session_date
from {{ source('app', 'sessions') }}
