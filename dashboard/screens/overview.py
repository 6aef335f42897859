"""Page script run by the app's navigation; the page itself is `dashboard.views.overview`."""

from dashboard.state import current_estate
from dashboard.views.overview import render

render(current_estate())
