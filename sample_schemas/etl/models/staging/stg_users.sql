{{ config(materialized='view') }}

select
    id as user_id,
    nickname,
    lower(email) as email,
    locale,
    date_of_birth,
    phone_number,
    upper(country_code) as country_code,
    status,
    created_at as signed_up_at
from {{ source('app', 'users') }}
where deleted_at is null
  and not is_guest
