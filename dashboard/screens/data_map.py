"""Page script run by the app's navigation; the page itself is `dashboard.views.data_map`."""

from dashboard.state import current_estate
from dashboard.views.data_map import render

render(current_estate())
