select
    id as payment_id,
    user_id,
    amount_cents,
    currency,
    status,
    created_at as paid_at
from {{ source('billing', 'payments') }}
where method = 'card'
