# Stand-in (helper) for pretix.helpers.reportlab: no logo is drawn, reshaper as in pretix
import arabic_reshaper
from reportlab.lib.utils import ImageReader as ThumbnailingImageReader  # noqa

reshaper = arabic_reshaper.ArabicReshaper(configuration={
    'delete_harakat': True,
    'support_ligatures': False,
})
