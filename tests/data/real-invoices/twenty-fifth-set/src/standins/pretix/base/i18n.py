# Stand-in (helper) for pretix.base.i18n.get_babel_locale
from babel import localedata
from django.utils import translation


def get_babel_locale():
    babel_locale = 'en'
    if translation.get_language():
        if localedata.exists(translation.get_language()):
            babel_locale = translation.get_language()
        elif localedata.exists(translation.get_language()[:2]):
            babel_locale = translation.get_language()[:2]
    return babel_locale
