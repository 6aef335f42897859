"""Page script run by the app's navigation; the page itself is `dashboard.views.history`."""

from dashboard.state import current_estate
from dashboard.views.history import render

render(current_estate())
