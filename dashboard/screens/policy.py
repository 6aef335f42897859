"""Page script run by the app's navigation; the page itself is `dashboard.views.policy`."""

from dashboard.state import current_estate
from dashboard.views.policy import render

render(current_estate())
