# Stand-in (helper): the real module defines an EventPluginSignal
from django.dispatch import Signal

register_invoice_renderers = Signal()
