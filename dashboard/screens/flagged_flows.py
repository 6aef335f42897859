"""Page script run by the app's navigation; the page itself is `dashboard.views.flagged`."""

from dashboard.state import current_estate
from dashboard.views.flagged import render

render(current_estate())
