select
    user_id,
    email,
    nickname,
    language
from {{ ref('dim_members') }}
where newsletter_opt_in
