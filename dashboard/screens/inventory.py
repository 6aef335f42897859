"""Page script run by the app's navigation; the page itself is `dashboard.views.inventory`."""

from dashboard.state import current_estate
from dashboard.views.inventory import render

render(current_estate())
