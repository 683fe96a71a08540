# Stubs for creme_image tags (only used when the issuer has a logo image; none here).
from django import template

register = template.Library()


@register.simple_tag
def image_size(path=None):
    return (0, 0)


@register.simple_tag
def image_scale_to_frame(size=None, width=None, height=None):
    return (0, 0)
