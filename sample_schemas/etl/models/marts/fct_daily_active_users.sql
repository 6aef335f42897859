{{ config(materialized='incremental', unique_key=['session_date', 'country_code']) }}

-- Daily active members per country. Counts only: no member can be picked out.
select
    s.session_date,
    coalesce(u.country_code, 'ZZ') as country_code,
    count(distinct s.user_id) as active_members
from {{ ref('stg_sessions') }} as s
inner join {{ ref('stg_users') }} as u on u.user_id = s.user_id
{% if is_incremental() %}
where s.session_date >= (select max(session_date) from {{ this }})
{% endif %}
group by 1, 2
