# Port of persons_pretty_address from HybirdCorp/creme_crm
# creme/persons/templatetags/persons_tags.py (AGPL-3.0), without FieldsConfig
# (no field hidden).
from io import StringIO

from django import template

register = template.Library()


@register.filter
def persons_pretty_address(address):
    sio = StringIO()
    write = sio.write
    addr = address.address
    if addr:
        write(addr)
    po_box = address.po_box
    if po_box:
        if sio.tell():
            write('\n')
        write(po_box)
    zipcode = address.zipcode
    city = address.city
    if zipcode or city:
        if sio.tell():
            write('\n')
        if not zipcode:
            write(city)
        elif not city:
            write(zipcode)
        else:
            write(city)
            write(' ')
            write(zipcode)
    return sio.getvalue()
